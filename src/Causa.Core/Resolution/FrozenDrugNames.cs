using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>The exact name tables of a <see cref="DrugNameMatcher"/> held in memory.</summary>
/// <param name="Ingredients">Canonical (cleaned) ingredient names.</param>
/// <param name="Brands">Cleaned name → canonical ingredients (sorted, distinct).</param>
/// <param name="Synonyms">Names in <paramref name="Brands"/> that are other names of the ingredient.</param>
internal sealed record FrozenDrugNames(FrozenSet<string> Ingredients, FrozenDictionary<string, string[]> Brands, FrozenSet<string> Synonyms) : IDrugNames
{
    /// <summary>The tables of a merged vocabulary (<see cref="DrugResolver.Merge"/>): its ingredients, its brands, and as
    /// synonyms the brands marked so plus the international names of <see cref="IngredientSynonyms"/>.</summary>
    /// <remarks>Built once per merged vocabulary object: an ingest builds the resolver over it, then writes the name index
    /// from the same object.</remarks>
    public static FrozenDrugNames From(ImportedVocabulary merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        return Built.GetValue(merged, Build);
    }

    private static readonly ConditionalWeakTable<ImportedVocabulary, FrozenDrugNames> Built = new();

    private static FrozenDrugNames Build(ImportedVocabulary merged)
    {
        var ingredients = merged.Ingredients.ToFrozenSet(StringComparer.Ordinal);
        var brands = merged.Brands.ToFrozenDictionary(b => b.Name, b => b.Ingredients.ToArray(), StringComparer.Ordinal);
        // An international name (PARACETAMOL) is a synonym of its ingredient even where a national list also names a
        // product after it.
        var synonyms = merged.Brands.Where(b => b.IsSynonym || IngredientSynonyms.All.ContainsKey(b.Name)).Select(b => b.Name)
            .ToFrozenSet(StringComparer.Ordinal);
        return new FrozenDrugNames(ingredients, brands, synonyms);
    }

    /// <inheritdoc/>
    public FrozenDrugNames Frozen => this;

    /// <inheritdoc/>
    public bool IsIngredient(string name) => Ingredients.Contains(name);

    /// <inheritdoc/>
    public bool TryGetBrand(string name, [MaybeNullWhen(false)] out string[] ingredients) => Brands.TryGetValue(name, out ingredients);

    /// <inheritdoc/>
    public bool IsSynonym(string name) => Synonyms.Contains(name);
}
