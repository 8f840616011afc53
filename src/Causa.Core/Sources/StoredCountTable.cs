using Causa.Core.Files;
using L = Causa.Core.Sources.EvidenceIndexLayout;

namespace Causa.Core.Sources;

/// <summary>
/// One count table in an evidence-source file of format version 3 (<see cref="StoredEvidence"/>), behind a
/// <see cref="CountTable"/>: a cell and an event-row total are found through the file's sorted orders, without building
/// the table's dictionaries; the drug columns, cells and totals as lists are decoded only when asked for as a whole.
/// </summary>
/// <remarks>Answers as the in-memory table built from the same rows would: cells keyed by drug (exact) and upper-cased
/// term, the last of equal keys kept; totals by term in any case. Thread-safe.</remarks>
internal sealed class StoredCountTable
{
    private readonly StoredEvidence _file;
    private readonly int _source;
    private readonly Lazy<CountDrug[]> _drugs;
    private readonly Lazy<CountPair[]> _pairs;
    private readonly Lazy<Dictionary<string, long>> _termTotals;

    public StoredCountTable(StoredEvidence file, int source)
    {
        _file = file;
        _source = source;
        _drugs = new(ReadDrugs, LazyThreadSafetyMode.ExecutionAndPublication);
        _pairs = new(ReadPairs, LazyThreadSafetyMode.ExecutionAndPublication);
        _termTotals = new(ReadTermTotals, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The drug columns, in file order.</summary>
    public IReadOnlyList<CountDrug> Drugs => _drugs.Value;

    /// <summary>The cells, in file order.</summary>
    public IReadOnlyList<CountPair> Pairs => _pairs.Value;

    /// <summary>The event-row totals in file order, keyed in any case.</summary>
    public Dictionary<string, long> TermTotals => _termTotals.Value;

    /// <summary>The cell of a drug column (exact) and an upper-cased term; null when the table has none.</summary>
    public long? Cell(string drug, string upperTerm)
    {
        var first = Field(L.FCellOrderFirst);
        int AtRow(int i) => Field(L.FPairOffset) + (Row(_file.CellOrder[first + i], L.FPairCount) * 20);
        var found = OrderedRows.IndexOf(Field(L.FCellOrderCount), i =>
        {
            var at = AtRow(i);
            var c = string.CompareOrdinal(String(at), drug);
            return c != 0 ? c : string.CompareOrdinal(String(at + 8).ToUpperInvariant(), upperTerm);
        });
        return found < 0 ? null : _file.ReadLong(AtRow(found) + 12);
    }

    /// <summary>The event-row total of a term (any case); null when the table does not give it.</summary>
    public long? TermTotal(string term)
    {
        var upper = term.ToUpperInvariant();
        var first = Field(L.FTermTotalOrderFirst);
        int AtRow(int i) => Field(L.FTermTotalOffset) + (Row(_file.TermTotalOrder[first + i], L.FTermTotalCount) * 12);
        var found = OrderedRows.IndexOf(Field(L.FTermTotalCount), i => string.CompareOrdinal(String(AtRow(i)).ToUpperInvariant(), upper));
        return found < 0 ? null : _file.ReadLong(AtRow(found) + 4);
    }

    private int Field(int field) => _file.Field(_source, field);

    private int Row(int row, int countField)
    {
        StoredEvidence.Check(row >= 0 && row < Field(countField), "a count table's order names no row");
        return row;
    }

    private string String(int at) => _file.String(_source, _file.ReadInt(at));

    private CountDrug[] ReadDrugs()
    {
        var drugs = new CountDrug[Field(L.FDrugCount)];
        for (var k = 0; k < drugs.Length; k++)
        {
            var at = Field(L.FDrugOffset) + (k * 16);
            drugs[k] = new CountDrug(String(at), String(at + 4), _file.ReadLong(at + 8));
        }

        return drugs;
    }

    private CountPair[] ReadPairs()
    {
        var pairs = new CountPair[Field(L.FPairCount)];
        for (var k = 0; k < pairs.Length; k++)
        {
            var at = Field(L.FPairOffset) + (k * 20);
            pairs[k] = new CountPair(String(at), String(at + 4), String(at + 8), _file.ReadLong(at + 12));
        }

        return pairs;
    }

    private Dictionary<string, long> ReadTermTotals()
    {
        var totals = new Dictionary<string, long>(Field(L.FTermTotalCount), StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < Field(L.FTermTotalCount); k++)
        {
            var at = Field(L.FTermTotalOffset) + (k * 12);
            totals[String(at)] = _file.ReadLong(at + 4);
        }

        return totals;
    }
}
