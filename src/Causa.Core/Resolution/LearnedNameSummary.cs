using Causa.Core.Names;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>What a store's FAERS name pairs (drug names reported with <c>prod_ai</c>) add to a vocabulary, for display.</summary>
/// <param name="Pairs">Distinct (drug name, <c>prod_ai</c>) pairs.</param>
/// <param name="Rows">DRUG rows behind them.</param>
/// <param name="LearnedNames">Names whose brand entry comes from the pairs (the winning ingredient set has ≥ 60% of the name's rows).</param>
/// <param name="Conflicts">Names whose rows are coded to different ingredient sets with none reaching the share: not learned.</param>
public sealed record LearnedNameSummary(int Pairs, long Rows, int LearnedNames, int Conflicts)
{
    /// <summary>Merges the pairs into the vocabulary exactly as the store's resolver does and counts the outcome.</summary>
    /// <param name="vocabulary">The imported vocabulary.</param>
    /// <param name="pairs">The store's learned name pairs.</param>
    public static LearnedNameSummary Of(ImportedVocabulary vocabulary, IReadOnlyList<LearnedNamePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(pairs);
        var builder = new VocabularyBuilder(vocabulary);
        builder.AddLearnedPairs(pairs);
        builder.Build();
        return new LearnedNameSummary(pairs.Count, pairs.Sum(p => p.Count), builder.LearnedNames, builder.LearnedConflicts);
    }
}
