using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>Per-table state while reading: the accounting, the batch's string pool, and value-level warnings.</summary>
/// <remarks>Not thread-safe except for the shared <see cref="Pool"/>: one context per table, used by one thread.</remarks>
internal sealed class TableContext
{
    private readonly Dictionary<string, (long Count, long FirstLine, string FirstValue)> _badValues = new(StringComparer.Ordinal);

    private readonly ByteStringCache _cache;

    /// <param name="table">The table being read.</param>
    /// <param name="file">Its file or entry name, for rejections.</param>
    /// <param name="pool">The batch's shared string pool.</param>
    /// <param name="maxTextLength">Longest text value kept, in bytes (<see cref="FaersReaderOptions.MaxTextLength"/>).</param>
    public TableContext(FaersTable table, string file, StringPool pool, int maxTextLength = 1 << 10)
    {
        Table = table;
        MaxTextLength = maxTextLength;
        File = file;
        Pool = pool;
        _cache = new ByteStringCache(pool);
        Reconciliation = new TableReconciliation(table, file);
    }

    public FaersTable Table { get; }

    public string File { get; }

    public StringPool Pool { get; }

    /// <summary>Longest text value kept, in bytes; a longer one rejects its row (see <see cref="FaersReaderOptions.MaxTextLength"/>).</summary>
    public int MaxTextLength { get; }

    public TableReconciliation Reconciliation { get; }

    /// <summary>The batch-wide string for a field's bytes (decoded, interned); empty input gives <see cref="string.Empty"/>.</summary>
    public string Intern(ReadOnlySpan<byte> bytes) => _cache.Intern(bytes);

    /// <summary>Records a rejected row.</summary>
    public void Reject(long line, string reason) => Reconciliation.Reject(line, reason);

    /// <summary>Records a value that could not be interpreted in a row that is still accepted (the value becomes unknown).</summary>
    public void NoteBadValue(string column, long line, ReadOnlySpan<byte> value)
    {
        if (_badValues.TryGetValue(column, out var entry))
        {
            _badValues[column] = (entry.Count + 1, entry.FirstLine, entry.FirstValue);
        }
        else
        {
            _badValues[column] = (1, line, FieldText.Preview(value));
        }
    }

    /// <summary>The value warnings collected, also added as text to the reconciliation's warnings.</summary>
    public IReadOnlyList<FaersValueWarning> FinishValueWarnings()
    {
        var warnings = new List<FaersValueWarning>(_badValues.Count);
        foreach (var (column, (count, firstLine, firstValue)) in _badValues.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            warnings.Add(new FaersValueWarning(Table, column, count, firstLine, firstValue));
            Reconciliation.Warnings.Add(
                $"{column}: {count:N0} uninterpretable value(s) treated as unknown (first at line {firstLine:N0}: '{firstValue}')");
        }

        return warnings;
    }
}
