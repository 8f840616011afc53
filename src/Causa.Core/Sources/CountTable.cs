namespace Causa.Core.Sources;

/// <summary>
/// A published drug × event count table: cells, drug-column totals, event-row totals and the grand total, all in the
/// unit of its <see cref="SourceInfo"/>. It is never merged with another table.
/// </summary>
/// <remarks>Immutable; thread-safe. Event keys compare case-insensitively (tables spell PTs in different cases).</remarks>
public sealed class CountTable
{
    private readonly Dictionary<string, long>? _termTotals;
    private readonly Dictionary<(string Drug, string Term), long>? _cells;
    private readonly IReadOnlyList<CountDrug>? _drugs;
    private readonly IReadOnlyList<CountPair>? _pairs;

    // A table read from an evidence-source file answers from the file's orders instead of the dictionaries above.
    private readonly StoredCountTable? _stored;

    /// <summary>Creates a table.</summary>
    /// <param name="total">Grand total N; 0 when the table gives none (then no 2×2 can be formed).</param>
    /// <param name="complete">True when a drug and event both in the table but without a cell mean a zero count.</param>
    /// <param name="drugs">Drug columns.</param>
    /// <param name="termTotals">Event-row totals over all drugs (a + c), by term; terms missing here have no known total.</param>
    /// <param name="pairs">Non-zero cells (zero cells may be included).</param>
    public CountTable(long total, bool complete, IReadOnlyList<CountDrug> drugs, IReadOnlyDictionary<string, long> termTotals, IReadOnlyList<CountPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(termTotals);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Total = total;
        Complete = complete;
        _drugs = drugs;
        _pairs = pairs;
        _termTotals = new Dictionary<string, long>(termTotals, StringComparer.OrdinalIgnoreCase);
        _cells = new Dictionary<(string, string), long>(pairs.Count);
        foreach (var p in pairs)
        {
            _cells[(p.Drug, p.Term.ToUpperInvariant())] = p.Count;
        }
    }

    /// <summary>A table read in place from an evidence-source file.</summary>
    internal CountTable(long total, bool complete, StoredCountTable stored)
    {
        Total = total;
        Complete = complete;
        _stored = stored;
    }

    /// <summary>Grand total N; 0 when unknown.</summary>
    public long Total { get; }

    /// <summary>True when a missing cell between a listed drug and a listed event means zero.</summary>
    public bool Complete { get; }

    /// <summary>Drug columns.</summary>
    public IReadOnlyList<CountDrug> Drugs => _drugs ?? _stored!.Drugs;

    /// <summary>Event-row totals by term.</summary>
    public IReadOnlyDictionary<string, long> TermTotals => _termTotals ?? _stored!.TermTotals;

    /// <summary>Cells as imported.</summary>
    public IReadOnlyList<CountPair> Pairs => _pairs ?? _stored!.Pairs;

    /// <summary>The count for a drug column and a term: the cell, 0 when the table is complete and lists both, else null (unknown).</summary>
    public long? CountOf(string drug, string term)
    {
        ArgumentNullException.ThrowIfNull(drug);
        ArgumentNullException.ThrowIfNull(term);
        if (_stored is not null)
        {
            return _stored.Cell(drug, term.ToUpperInvariant()) ?? (Complete && _stored.TermTotal(term) is not null ? 0 : null);
        }

        if (_cells!.TryGetValue((drug, term.ToUpperInvariant()), out var n))
        {
            return n;
        }

        return Complete && _termTotals!.ContainsKey(term) ? 0 : null;
    }

    /// <summary>The event-row total (a + c) for a term; null when the table does not give it.</summary>
    public long? TermTotal(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _stored is not null ? _stored.TermTotal(term) : _termTotals!.TryGetValue(term, out var n) ? n : null;
    }
}
