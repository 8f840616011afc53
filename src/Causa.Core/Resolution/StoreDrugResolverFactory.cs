using System.Diagnostics.CodeAnalysis;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>
/// The one way a store's drug entries and its users' drug names are turned into ingredients: a <see cref="DrugResolver"/>
/// over the vocabulary saved in the store folder (<see cref="VocabularyFile"/>; the curated synonyms alone when none was
/// imported) plus the name pairs learned from the store's own FAERS rows.
/// </summary>
/// <remarks>The factories are deterministic: the same vocabulary and the same learned pairs (in any order) give the same
/// resolver, so stores stay byte-identical whatever order their quarters were ingested in.</remarks>
public static class StoreDrugResolverFactory
{
    /// <summary>A factory building a <see cref="DrugResolver"/> over <paramref name="vocabulary"/> and the learned pairs it is given.</summary>
    /// <param name="vocabulary">Imported sources; <see cref="ImportedVocabulary.Empty"/> for the curated synonyms only.</param>
    public static IDrugNameResolverFactory Create(ImportedVocabulary vocabulary) => new VocabularyDrugResolverFactory(vocabulary);

    /// <summary>Loads the vocabulary saved in a store folder and returns the factory over it.</summary>
    /// <param name="storeDirectory">Store folder; a folder without a vocabulary file gives the curated synonyms only.</param>
    /// <param name="factory">The factory; null when the vocabulary file exists but cannot be read.</param>
    /// <param name="vocabulary">The loaded vocabulary (<see cref="ImportedVocabulary.Empty"/> when none or unreadable).</param>
    /// <param name="error">Null on success; otherwise the file and what is wrong with it.</param>
    /// <returns>True unless the vocabulary file exists and is unreadable.</returns>
    public static bool TryForStore(string storeDirectory, [NotNullWhen(true)] out IDrugNameResolverFactory? factory, out ImportedVocabulary vocabulary, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(storeDirectory);
        if (!VocabularyFile.TryLoad(storeDirectory, out vocabulary, out error))
        {
            factory = null;
            return false;
        }

        factory = Create(vocabulary);
        return true;
    }
}
