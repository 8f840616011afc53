using Causa.Core.Names;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>Builds a <see cref="DrugResolver"/> over one vocabulary plus the learned pairs it is given.</summary>
/// <remarks>Thread-safe; deterministic (see <see cref="IDrugNameResolverFactory"/>).</remarks>
public sealed class VocabularyDrugResolverFactory : IDrugNameResolverFactory
{
    private readonly ImportedVocabulary _vocabulary;

    /// <summary>Creates the factory.</summary>
    /// <param name="vocabulary">Imported sources; <see cref="ImportedVocabulary.Empty"/> for the curated synonyms only.</param>
    public VocabularyDrugResolverFactory(ImportedVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocabulary = vocabulary;
    }

    private Tuple<IReadOnlyList<LearnedNamePair>, DrugResolver>? _last;

    /// <inheritdoc />
    public IDrugNameResolver Create(IReadOnlyList<LearnedNamePair> learnedPairs)
    {
        var resolver = new DrugResolver(_vocabulary, learnedPairs);
        Volatile.Write(ref _last, Tuple.Create(learnedPairs, resolver));
        return resolver;
    }

    /// <summary>The merged vocabulary (<see cref="DrugResolver.Merge"/>) of the last resolver this factory created, when
    /// it was created from this very list of pairs (the same object); null otherwise.</summary>
    /// <remarks>An ingest resolves the new names with the store's learned pairs, then writes the drug-name index over the
    /// same pairs: the merge, a pass cleaning every learned name, is done once.</remarks>
    public ImportedVocabulary? MergedFor(IReadOnlyList<LearnedNamePair> learnedPairs) =>
        Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Item1, learnedPairs) ? last.Item2.Vocabulary : null;
}
