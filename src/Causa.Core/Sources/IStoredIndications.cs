namespace Causa.Core.Sources;

/// <summary>Indication entries read from an evidence-source file, found by ingredient without walking them all.</summary>
internal interface IStoredIndications : IReadOnlyList<IndicationEntry>
{
    /// <summary>Every ingredient with at least one entry, in no particular order.</summary>
    IEnumerable<string> Ingredients { get; }

    /// <summary>The positions of an ingredient's entries, ascending (the file's order); empty when it has none.</summary>
    /// <param name="ingredient">Canonical ingredient (exact).</param>
    IReadOnlyList<int> IndicesOf(string ingredient);
}
