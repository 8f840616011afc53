using System.Runtime;
using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Faers.Reading;

namespace Causa.Faers.Ingest;

/// <summary>
/// Reads FAERS/AERS quarters from files and hands them to a case sink (<see cref="ICaseSink"/>): all or nothing. If any
/// quarter fails to read, nothing is committed and the store stays exactly as it was.
/// </summary>
/// <remarks>Memory: one quarter's parsed rows at a time; what the sink holds between quarters is the sink's (the file
/// store spills each quarter's cases to disk).</remarks>
public sealed class FaersIngestor
{
    private readonly FaersQuarterReader _reader;
    private readonly IDrugNameResolverFactory? _resolverFactory;
    private readonly TimeProvider _time;

    /// <summary>Creates an ingestor.</summary>
    /// <param name="reader">The quarter reader; default options when null.</param>
    /// <param name="resolverFactory">Builds the drug-name resolver from learned name pairs; when null, the sink's own
    /// (<see cref="ICaseSink.TryCreateResolverFactory"/>): for the file store, the vocabulary saved in its folder plus the
    /// learned pairs — the same resolver the queries use.</param>
    /// <param name="time">Clock for elapsed times; the system clock when null.</param>
    public FaersIngestor(FaersQuarterReader? reader = null, IDrugNameResolverFactory? resolverFactory = null, TimeProvider? time = null)
    {
        _reader = reader ?? new FaersQuarterReader();
        _resolverFactory = resolverFactory;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Finds the quarters under each path (zips, quarter folders, or folders of them).</summary>
    /// <returns>The sources in quarter order, or the first path that holds none, as an error.</returns>
    public static (IReadOnlyList<FaersSource> Sources, FaersReadError? Error) Discover(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<FaersSource>();
        foreach (var path in paths)
        {
            var found = FaersSourceLocator.Locate(path);
            if (found.Sources.Count == 0)
            {
                var problem = found.Problems.Count > 0
                    ? found.Problems[0]
                    : new FaersReadError(File.Exists(path) || Directory.Exists(path) ? FaersReadErrorKind.NotFaers : FaersReadErrorKind.NotFound, path, null,
                        File.Exists(path) || Directory.Exists(path) ? "no FAERS or AERS quarterly files found here" : "no such file or folder");
                return ([], problem);
            }

            sources.AddRange(found.Sources);
        }

        return ([.. sources.OrderBy(static s => s.Quarter).ThenBy(static s => s.Path, StringComparer.Ordinal)], null);
    }

    /// <summary>Reads every source and merges it into the store behind <paramref name="sink"/>.</summary>
    public IngestResult Ingest(ICaseSink sink, IReadOnlyList<FaersSource> sources, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(sources);
        var started = _time.GetTimestamp();
        var reports = new List<QuarterIngestReport>();
        var resolverFactory = _resolverFactory;
        if (resolverFactory is null && !sink.TryCreateResolverFactory(out resolverFactory, out var vocabularyError))
        {
            // Checked before reading anything: an unreadable vocabulary would otherwise cost a whole read first.
            return new IngestResult(reports, null, null, vocabularyError, _time.GetElapsedTime(started));
        }

        if (!sink.TryBegin(out var update, out var beginError))
        {
            return new IngestResult(reports, null, null, beginError, _time.GetElapsedTime(started));
        }

        using var session = update;
        var bytesTotal = sources.Sum(static s => s.TotalBytes);
        long bytesBefore = 0;
        long rowsBefore = 0;
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (report, rows, readError) = AddQuarter(session, source, bytesBefore, bytesTotal, rowsBefore, progress, cancellationToken);
            if (report is null)
            {
                return new IngestResult(reports, null, readError, null, _time.GetElapsedTime(started));
            }

            bytesBefore += report.BytesRead;
            rowsBefore += rows;
            reports.Add(report);

            // The quarter's parsed rows (a few hundred MB for a full quarter) became garbage when AddQuarter returned.
            // Collecting them now, large-object heap included, keeps the peak at one quarter's rows: left to itself the
            // runtime lets the garbage of one or two quarters pile up before its next full collection.
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect();
        }

        progress?.Report(new IngestProgress(IngestStage.Merging, string.Empty, bytesBefore, bytesTotal, rowsBefore));
        var commit = session.Commit(resolverFactory, cancellationToken);
        progress?.Report(new IngestProgress(IngestStage.Done, string.Empty, bytesBefore, bytesTotal, rowsBefore));
        return new IngestResult(reports, commit, null, null, _time.GetElapsedTime(started));
    }

    /// <summary>Reads one quarter and stages it; null report and the error when it cannot be read.</summary>
    /// <remarks>A method of its own so the quarter's parsed rows are unreachable once it returns: the next quarter is read
    /// while only the staged cases are held, never two quarters' rows.</remarks>
    private (QuarterIngestReport? Report, long Rows, FaersReadError? Error) AddQuarter(
        IStoreUpdate session, FaersSource source, long bytesBefore, long bytesTotal, long rowsBefore, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var quarterStarted = _time.GetTimestamp();
        var label = source.Quarter.ToString();
        var readProgress = progress is null ? null : new SynchronousProgress<FaersReadProgress>(p =>
            progress.Report(new IngestProgress(IngestStage.Reading, label, bytesBefore + p.BytesDone, bytesTotal, rowsBefore + p.RowsDone)));
        var read = _reader.Read(source, readProgress, cancellationToken);
        if (!read.Succeeded || read.Batch is null)
        {
            return (null, 0, read.Error);
        }

        var batch = read.Batch;
        var links = session.Add(batch);
        var bytes = batch.BytesRead > 0 ? batch.BytesRead : source.TotalBytes;
        var rows = batch.Reconciliation.Sum(static r => r.RowsRead);
        return (new QuarterIngestReport(source, batch.Reconciliation, links, read.ValueWarnings, bytes, _time.GetElapsedTime(quarterStarted)), rows, null);
    }

    /// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
