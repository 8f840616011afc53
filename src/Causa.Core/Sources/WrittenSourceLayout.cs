namespace Causa.Core.Sources;

/// <summary>
/// Where <see cref="EvidenceSourceFile"/> wrote one source inside the payload (byte offsets from the payload's start) and
/// the string ids of what the indexes are keyed on: what <see cref="EvidenceIndexWriter"/> needs to index the source.
/// </summary>
internal sealed class WrittenSourceLayout
{
    public int Start { get; set; }

    public List<string> Table { get; } = [];

    public List<int> StringOffsets { get; } = [];

    public List<int> LabelOffsets { get; } = [];

    public List<int> LabelIngredients { get; } = [];

    public int IndicationOffset { get; set; }

    public List<int> IndicationIngredients { get; } = [];

    public int CountsOffset { get; set; }

    public int DrugOffset { get; set; }

    public int DrugCount { get; set; }

    public int TermTotalOffset { get; set; }

    public List<int> TermTotalTerms { get; } = [];

    public int PairOffset { get; set; }

    public List<int> PairDrugs { get; } = [];

    public List<int> PairTerms { get; } = [];

    /// <summary>The id of a string of the source's table, or -1 when the table does not hold it.</summary>
    public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);
}
