namespace Causa.Faers.Reading;

/// <summary>Aggregates progress of tables read in parallel into one stream of reports.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class ProgressTracker(IProgress<FaersReadProgress>? progress, long bytesTotal)
{
    private long _bytes;
    private long _rows;

    /// <summary>Rows reported so far by all tables (each table reports every 32,768 lines and at its end).</summary>
    public long Rows => Interlocked.Read(ref _rows);

    public void Advance(string file, long bytes, long rows)
    {
        var totalBytes = Interlocked.Add(ref _bytes, bytes);
        var totalRows = Interlocked.Add(ref _rows, rows);
        progress?.Report(new FaersReadProgress(file, totalBytes, Math.Max(bytesTotal, totalBytes), totalRows));
    }
}
