namespace Causa.Core.Ingest;

/// <summary>
/// Accounting for one table of one quarter: every data row read is either accepted or rejected.
/// </summary>
/// <remarks>Invariant: <c>RowsRead == RowsAccepted + RowsRejected</c>. The header line is not a data row.
/// <see cref="Rejections"/> keeps at most <see cref="MaxKeptRejections"/> examples; <see cref="RejectionsByReason"/> counts all.</remarks>
public sealed class TableReconciliation
{
    /// <summary>How many individual rejections are kept as examples.</summary>
    public const int MaxKeptRejections = 1000;

    private readonly List<RowRejection> _rejections = [];
    private readonly Dictionary<string, long> _byReason = new(StringComparer.Ordinal);

    /// <summary>Creates an empty account for <paramref name="table"/> read from <paramref name="file"/>.</summary>
    public TableReconciliation(FaersTable table, string? file)
    {
        Table = table;
        File = file;
    }

    /// <summary>The table.</summary>
    public FaersTable Table { get; }

    /// <summary>The file it was read from; null when the table was absent.</summary>
    public string? File { get; }

    /// <summary>Data rows read (excluding the header).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Rows accepted.</summary>
    public long RowsAccepted { get; private set; }

    /// <summary>Rows rejected.</summary>
    public long RowsRejected { get; private set; }

    /// <summary>Up to <see cref="MaxKeptRejections"/> rejected rows with file, line and reason.</summary>
    public IReadOnlyList<RowRejection> Rejections => _rejections;

    /// <summary>Count of rejections per reason category (the reason text up to its first colon).</summary>
    public IReadOnlyDictionary<string, long> RejectionsByReason => _byReason;

    /// <summary>Non-fatal observations about the table (absent optional table, unknown columns...).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Records an accepted row.</summary>
    public void Accept()
    {
        RowsRead++;
        RowsAccepted++;
    }

    /// <summary>Records a rejected row.</summary>
    /// <param name="line">1-based line number.</param>
    /// <param name="reason">Why; text before the first ':' is the category used for counting.</param>
    public void Reject(long line, string reason)
    {
        RowsRead++;
        RowsRejected++;
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        var category = colon > 0 ? reason[..colon] : reason;
        _byReason[category] = _byReason.GetValueOrDefault(category) + 1;
        if (_rejections.Count < MaxKeptRejections)
        {
            _rejections.Add(new RowRejection(File ?? Table.ToString(), line, reason));
        }
    }
}
