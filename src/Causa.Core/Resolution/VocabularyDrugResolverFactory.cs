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

    /// <inheritdoc />
    public IDrugNameResolver Create(IReadOnlyList<LearnedNamePair> learnedPairs) => new DrugResolver(_vocabulary, learnedPairs);
}
