using System.Diagnostics.CodeAnalysis;

namespace Causa.Core.Resolution;

/// <summary>
/// The exact name tables a <see cref="DrugNameMatcher"/> looks names up in: canonical ingredients, brand and synonym names
/// with their ingredients. Held in memory (<see cref="FrozenDrugNames"/>) or read in place from the store folder's name
/// index (<see cref="DrugNameTable"/>); both answer every lookup the same way.
/// </summary>
internal interface IDrugNames
{
    /// <summary>True for a canonical (cleaned) ingredient name.</summary>
    bool IsIngredient(string name);

    /// <summary>The ingredients (sorted, distinct) of a brand or synonym name.</summary>
    bool TryGetBrand(string name, [MaybeNullWhen(false)] out string[] ingredients);

    /// <summary>True for a name among the brands that is another name of its ingredient (reported as a synonym).</summary>
    bool IsSynonym(string name);

    /// <summary>Every name in memory, in the order the whole-table indexes (spellings) walk them; may be built on first use.</summary>
    FrozenDrugNames Frozen { get; }
}
