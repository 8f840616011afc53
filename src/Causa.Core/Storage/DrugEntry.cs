namespace Causa.Core.Storage;

/// <summary>A distinct reported drug entry: the verbatim name and FDA's coded active ingredient, if any.</summary>
/// <param name="DrugName">Verbatim <c>drugname</c>, trimmed.</param>
/// <param name="ProdAi">Verbatim <c>prod_ai</c>, trimmed; null when absent or empty.</param>
public readonly record struct DrugEntry(string DrugName, string? ProdAi) : IComparable<DrugEntry>
{
    /// <summary>Ordinal order by name, then by ingredient field (null first): the store's canonical order.</summary>
    public int CompareTo(DrugEntry other)
    {
        var byName = string.CompareOrdinal(DrugName, other.DrugName);
        return byName != 0 ? byName : string.CompareOrdinal(ProdAi, other.ProdAi);
    }
}
