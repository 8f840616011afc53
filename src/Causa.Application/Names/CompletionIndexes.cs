using Causa.Core.Vocabulary;

namespace Causa.Application.Names;

/// <summary>
/// One workspace generation's completion indexes, kept with the generation (<see cref="WorkspaceGeneration.Cache{T}"/>)
/// and each built on first use: the drug field's (store and vocabulary ingredients, brands, classes, class words) and the
/// condition field's (store and source terms, the lay-term lexicon). An unreadable store, vocabulary or source file
/// only leaves its names out.
/// </summary>
internal sealed class CompletionIndexes
{
    private readonly Lock _gate = new();
    private NameCompletionIndex? _drugs;
    private NameCompletionIndex? _conditions;

    /// <summary>The drug field's index over <paramref name="generation"/>.</summary>
    public NameCompletionIndex Drugs(WorkspaceGeneration generation)
    {
        lock (_gate)
        {
            return _drugs ??= NameCompletionIndex.ForDrugs(
                generation.StoreOrNull?.Ingredients ?? [],
                generation.Vocabulary.TryGetValue(out var vocabulary, out _) ? vocabulary : ImportedVocabulary.Empty);
        }
    }

    /// <summary>The condition field's index over <paramref name="generation"/>.</summary>
    public NameCompletionIndex Conditions(WorkspaceGeneration generation)
    {
        lock (_gate)
        {
            return _conditions ??= NameCompletionIndex.ForConditions(
                (generation.StoreOrNull?.Terms ?? []).Concat(generation.Sources.TryGetValue(out var sources, out _) ? sources.Terms() : []));
        }
    }
}
