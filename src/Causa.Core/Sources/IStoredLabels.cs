namespace Causa.Core.Sources;

/// <summary>Label entries read from an evidence-source file: an entry's ingredient and term can be read without decoding
/// it, and an ingredient's entries found without walking them all.</summary>
internal interface IStoredLabels : IReadOnlyList<LabelEntry>
{
    /// <summary>Every ingredient with at least one entry, in no particular order.</summary>
    IEnumerable<string> Ingredients { get; }

    /// <summary>The ingredient of entry <paramref name="index"/>, without decoding the entry.</summary>
    string IngredientAt(int index);

    /// <summary>The term of entry <paramref name="index"/>, without decoding the entry.</summary>
    string TermAt(int index);

    /// <summary>The positions of an ingredient's entries, ascending (the file's order); empty when it has none.</summary>
    /// <param name="ingredient">Canonical ingredient (exact).</param>
    IReadOnlyList<int> IndicesOf(string ingredient);
}
