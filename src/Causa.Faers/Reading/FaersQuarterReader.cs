using System.Globalization;
using System.IO.Compression;
using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// Reads one FAERS/AERS quarter (a zip or a folder found by <see cref="FaersSourceLocator"/>) into a
/// <see cref="QuarterBatch"/>, accounting for every row.
/// </summary>
/// <remarks>
/// <para>Files are streamed (zip entries are inflated on the fly, never extracted); each table is read by one thread,
/// up to <see cref="FaersReaderOptions.MaxDegreeOfParallelism"/> tables at once, largest first.</para>
/// <para>Format rules: '$'-delimited text, LF, CRLF or CR-only line endings, optional UTF-8 byte-order mark, a last line with or without a
/// line ending. Columns are found by header name (see <see cref="HeaderMap"/>). A row must have as many fields as
/// the header, with two tolerances for a trailing empty field: a row may lack a trailing unnamed header column
/// (header ending in '$' or a packager's <c>v23</c>), and in the legacy AERS layout a row may carry one extra empty
/// field from its trailing '$'. Any other count rejects the row ("wrong field count: expected 25 fields, found 26").
/// Lines holding only blanks are not rows: they are counted in <see cref="FaersReadResult.Lines"/> and skipped (DELETE
/// lists start with one). DELETE lists have no header; each line is a caseid, optionally followed by '$'.</para>
/// <para>Which rows are unusable is decided per table (see the table parsers): unreadable keys (primaryid/isr,
/// caseid/case, drug sequence numbers) and empty terms reject a row; an unparseable optional value (a date, an age,
/// a code) is accepted as unknown and counted in <see cref="FaersReadResult.ValueWarnings"/>.</para>
/// <para>Required tables: DEMO, DRUG, REAC. OUTC, RPSR, THER, INDI and DELETE may be absent: they get an empty
/// account with a warning. Fatal problems (missing table or column, 0-byte table file, damaged or unsupported zip
/// entry, an exceeded <see cref="FaersReaderOptions"/> limit, a table with all or most rows rejected, I/O failure)
/// are returned as <see cref="FaersReadError"/>, never thrown. Cancellation throws <see cref="OperationCanceledException"/>.</para>
/// <para>Thread-safe: one reader may read several sources concurrently.</para>
/// </remarks>
public sealed class FaersQuarterReader
{
    private static readonly FaersTable[] RequiredTables = [FaersTable.Demo, FaersTable.Drug, FaersTable.Reac];

    // Entries up to this size are not held to the compression-ratio limit (see FaersReaderOptions.MaxCompressionRatio).
    private const long RatioCheckFrom = 1 << 20;
    private readonly FaersReaderOptions _options;

    /// <summary>Creates a reader with <see cref="FaersReaderOptions.Default"/>.</summary>
    public FaersQuarterReader()
        : this(FaersReaderOptions.Default)
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    public FaersQuarterReader(FaersReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BufferSize, 64 << 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.BufferSize, 64 << 20);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTableBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxQuarterBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCompressionRatio, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLineLength, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxFieldLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTextLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxColumns, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRowsPerTable, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDistinctStrings, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDistinctTextLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRowsPerQuarter, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRejectedShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxRejectedShare, 1);
        _options = options;
    }

    /// <summary>Reads <paramref name="source"/>.</summary>
    /// <param name="source">A source from <see cref="FaersSourceLocator"/>.</param>
    /// <param name="progress">Receives reports about every 4 MiB per table and at the end of each table; may be called from several threads.</param>
    /// <param name="cancellationToken">Stops reading; the method then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The batch, or an error naming the file.</returns>
    public FaersReadResult Read(FaersSource source, IProgress<FaersReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();

        var listing = ListTableFiles(source, _options);
        if (listing.Error is not null)
        {
            return FaersReadResult.Failure(listing.Error);
        }

        var files = listing.Files!;
        var planError = CheckPlan(source, files, _options);
        if (planError is not null)
        {
            return FaersReadResult.Failure(planError);
        }

        var batch = new QuarterBatch(source.Quarter, PeekLayout(source, files) ?? source.Layout, source.Path);
        var pool = new StringPool(_options.MaxDistinctStrings, _options.MaxDistinctTextLength);
        var tracker = new ProgressTracker(progress, files.Sum(f => f.Length));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var outcomes = new TableOutcome[files.Count];
        var order = Enumerable.Range(0, files.Count).OrderByDescending(i => files[i].Length).ToArray();

        void ReadOne(int i)
        {
            var outcome = ReadTable(source, files[i], batch, pool, tracker, stop.Token);
            outcomes[i] = outcome;
            if (outcome.Error is not null)
            {
                stop.Cancel();
            }
        }

        if (_options.MaxDegreeOfParallelism == 1 || files.Count == 1)
        {
            foreach (var i in order)
            {
                ReadOne(i);
            }
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism };
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, loadBalance: true), parallel, ReadOne);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var firstError = outcomes.Where(o => o?.Error is not null).OrderBy(o => o.Table).FirstOrDefault();
        if (firstError is not null)
        {
            return FaersReadResult.Failure(firstError.Error!);
        }

        return Assemble(source, batch, outcomes);
    }

    private static FaersReadResult Assemble(FaersSource source, QuarterBatch batch, TableOutcome[] outcomes)
    {
        var warnings = new List<FaersValueWarning>();
        var lines = new List<FaersTableLines>();
        foreach (var table in Enum.GetValues<FaersTable>())
        {
            var outcome = outcomes.FirstOrDefault(o => o.Table == table);
            if (outcome?.Context is null)
            {
                var absent = new TableReconciliation(table, null);
                absent.Warnings.Add($"no {table.ToString().ToUpperInvariant()} file for {source.Quarter} in this source: treated as empty");
                batch.Reconciliation.Add(absent);
                continue;
            }

            if (table == FaersTable.Demo && batch.Layout != source.Layout)
            {
                outcome.Context.Reconciliation.Warnings.Add(
                    $"the header says {batch.Layout} layout, although {source.Quarter} was published as {source.Layout}; the header wins");
            }

            batch.Reconciliation.Add(outcome.Context.Reconciliation);
            warnings.AddRange(outcome.ValueWarnings);
            lines.Add(outcome.Lines!);
            batch.BytesRead += outcome.BytesRead;
        }

        return FaersReadResult.Success(batch, warnings, lines);
    }

    /// <summary>The layout named by the DEMO header (<c>isr</c> means legacy AERS), or null when it cannot be read now.</summary>
    /// <remarks>Read up front because a batch's layout is fixed at construction; a failure here is reported by the full read.</remarks>
    private static FaersLayout? PeekLayout(FaersSource source, IReadOnlyList<FaersTableFile> files)
    {
        var demo = files.FirstOrDefault(f => f.Table == FaersTable.Demo);
        if (demo is null)
        {
            return null;
        }

        try
        {
            using var archive = source.Kind == FaersSourceKind.Zip ? ZipFile.OpenRead(source.Path) : null;
            using var stream = archive is null
                ? new FileStream(demo.Name, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None)
                : archive.GetEntry(demo.Name)?.Open();
            if (stream is null)
            {
                return null;
            }

            using var reader = new LineReader(stream, 64 << 10);
            return reader.TryReadLine(out var header) ? HeaderMap.Parse(header).Layout : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or TableReadException)
        {
            return null;
        }
    }

    private static (IReadOnlyList<FaersTableFile>? Files, FaersReadError? Error) ListTableFiles(FaersSource source, FaersReaderOptions options)
    {
        if (source.Kind == FaersSourceKind.Folder)
        {
            var present = new List<FaersTableFile>(source.TableFiles.Count);
            foreach (var file in source.TableFiles)
            {
                try
                {
                    var info = new FileInfo(file.Name);
                    if (!info.Exists)
                    {
                        return (null, new FaersReadError(FaersReadErrorKind.NotFound, file.Name, null, "the file no longer exists"));
                    }

                    present.Add(file with { Length = info.Length });
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return (null, new FaersReadError(FaersReadErrorKind.Io, file.Name, null, ex.Message));
                }
            }

            return (present, null);
        }

        if (!File.Exists(source.Path))
        {
            return (null, new FaersReadError(FaersReadErrorKind.NotFound, source.Path, null, "no such file"));
        }

        try
        {
            using var archive = ZipFile.OpenRead(source.Path);
            var files = new List<FaersTableFile>();
            foreach (var entry in archive.Entries)
            {
                if (!entry.FullName.EndsWith('/') &&
                    !entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) &&
                    FaersFileNames.TryParseTableFile(entry.Name, out var table, out var quarter) &&
                    quarter == source.Quarter)
                {
                    var problem = CheckEntry(source.Path, entry, options);
                    if (problem is not null)
                    {
                        return (null, problem);
                    }

                    files.Add(new FaersTableFile(table, entry.FullName, entry.Length));
                }
            }

            if (files.Count == 0)
            {
                return (null, new FaersReadError(FaersReadErrorKind.NotFaers, source.Path, null,
                    $"the zip holds no FAERS table files for {source.Quarter} (DEMOyyQq.txt, DRUGyyQq.txt...)"));
            }

            return (files, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, ZipArchiveProbe.Classify(source.Path, null, ex));
        }
    }

    /// <summary>
    /// Refuses, from the zip's directory alone (nothing inflated yet), an entry that is encrypted or declares more than
    /// the size or compression-ratio limits allow. The declared size is then held to while inflating (<see cref="VerifiedEntryStream"/>).
    /// </summary>
    private static FaersReadError? CheckEntry(string zipPath, ZipArchiveEntry entry, FaersReaderOptions options)
    {
        var file = zipPath + "!" + entry.FullName;
        if (entry.IsEncrypted)
        {
            return new FaersReadError(FaersReadErrorKind.UnsupportedArchive, file, null,
                "the entry is encrypted (password-protected): Causa reads only unencrypted zips, as FDA publishes them");
        }

        if (entry.Length > options.MaxTableBytes)
        {
            return new FaersReadError(FaersReadErrorKind.LimitExceeded, file, null, string.Create(CultureInfo.InvariantCulture,
                $"the entry declares {entry.Length:N0} bytes uncompressed, more than the {options.MaxTableBytes:N0} allowed for one table (real tables are a few hundred MB at most)"));
        }

        // Small entries (a header, a short DELETE list) may compress oddly well without costing anything.
        if (entry.Length > RatioCheckFrom && entry.Length > options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
        {
            var ratio = (double)entry.Length / Math.Max(1, entry.CompressedLength);
            return new FaersReadError(FaersReadErrorKind.LimitExceeded, file, null, string.Create(CultureInfo.InvariantCulture,
                $"the entry would inflate {entry.CompressedLength:N0} bytes to {entry.Length:N0} ({ratio:N0} to 1), more than the {options.MaxCompressionRatio:N0} to 1 allowed (real FAERS tables compress 3–10 to 1): it is mostly repetition (blank lines, NUL bytes or repeated rows), not a FAERS table"));
        }

        return null;
    }

    private static FaersReadError? CheckPlan(FaersSource source, IReadOnlyList<FaersTableFile> files, FaersReaderOptions options)
    {
        foreach (var file in files)
        {
            if (file.Length > options.MaxTableBytes)
            {
                return new FaersReadError(FaersReadErrorKind.LimitExceeded, DisplayName(source, file), null, string.Create(CultureInfo.InvariantCulture,
                    $"the file has {file.Length:N0} bytes, more than the {options.MaxTableBytes:N0} allowed for one table (real tables are a few hundred MB at most)"));
            }
        }

        var total = files.Sum(static f => f.Length);
        if (total > options.MaxQuarterBytes)
        {
            return new FaersReadError(FaersReadErrorKind.LimitExceeded, source.Path, null, string.Create(CultureInfo.InvariantCulture,
                $"the quarter's tables hold {total:N0} bytes uncompressed, more than the {options.MaxQuarterBytes:N0} allowed for one quarter (a real quarter is under 1 GB)"));
        }

        foreach (var group in files.GroupBy(f => f.Table))
        {
            if (group.Count() > 1)
            {
                return new FaersReadError(FaersReadErrorKind.AmbiguousTable, DisplayName(source, group.First()), null,
                    $"{group.Count()} {group.Key.ToString().ToUpperInvariant()} files for {source.Quarter}: " +
                    string.Join(", ", group.Select(f => f.Name)) + "; keep one");
            }
        }

        foreach (var required in RequiredTables)
        {
            if (!files.Any(f => f.Table == required))
            {
                var name = required.ToString().ToUpperInvariant();
                return new FaersReadError(FaersReadErrorKind.MissingTable, source.Path, null,
                    $"the required {name} table ({name}{source.Quarter.Year % 100:D2}Q{source.Quarter.Number}.txt) is missing");
            }
        }

        foreach (var file in files)
        {
            if (file.Length == 0 && file.Table != FaersTable.Delete)
            {
                return new FaersReadError(FaersReadErrorKind.EmptyFile, DisplayName(source, file), null,
                    "the file is empty (0 bytes): not even a header line");
            }
        }

        return null;
    }

    private static string DisplayName(FaersSource source, FaersTableFile file)
        => source.Kind == FaersSourceKind.Zip ? source.Path + "!" + file.Name : file.Name;

    private TableOutcome ReadTable(FaersSource source, FaersTableFile file, QuarterBatch batch, StringPool pool, ProgressTracker tracker, CancellationToken token)
    {
        if (token.IsCancellationRequested)
        {
            return TableOutcome.Cancelled(file.Table);
        }

        var displayName = DisplayName(source, file);
        ZipArchive? archive = null;
        Stream? stream = null;
        try
        {
            if (source.Kind == FaersSourceKind.Zip)
            {
                // One archive per table: entries of one ZipArchive cannot be inflated concurrently.
                archive = ZipFile.OpenRead(source.Path);
                var entry = archive.GetEntry(file.Name);
                if (entry is null)
                {
                    return TableOutcome.Failed(file.Table, new FaersReadError(FaersReadErrorKind.NotFound, displayName, null, "the entry vanished from the zip"));
                }

                stream = new VerifiedEntryStream(entry.Open(), entry.FullName, entry.Length, entry.Crc32);
            }
            else
            {
                stream = new FileStream(file.Name, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            }

            using var reader = new LineReader(stream, _options.BufferSize, _options.MaxLineLength);
            var context = new TableContext(file.Table, file.Name, pool, _options.MaxTextLength);
            var run = new TableRun(reader, context, tracker, token, file.Length, _options);
            return file.Table switch
            {
                FaersTable.Delete => run.ReadDeleteList(batch.DeletedCaseIds, displayName),
                FaersTable.Demo => run.ReadDelimited(new DemoTableParser(batch.Reports), displayName),
                FaersTable.Drug => run.ReadDelimited(new DrugTableParser(batch.Drugs), displayName),
                FaersTable.Reac => run.ReadDelimited(new ReacTableParser(batch.Reactions), displayName),
                FaersTable.Outc => run.ReadDelimited(new OutcTableParser(batch.Outcomes), displayName),
                FaersTable.Rpsr => run.ReadDelimited(new RpsrTableParser(batch.ReportSources), displayName),
                FaersTable.Ther => run.ReadDelimited(new TherTableParser(batch.Therapies), displayName),
                _ => run.ReadDelimited(new IndiTableParser(batch.Indications), displayName),
            };
        }
        catch (TableReadException ex)
        {
            return TableOutcome.Failed(file.Table, new FaersReadError(ex.Kind, displayName, ex.LineNumber, ex.Message));
        }
        catch (Exception ex) when (source.Kind == FaersSourceKind.Zip && ex is InvalidDataException or IOException or NotSupportedException)
        {
            return TableOutcome.Failed(file.Table, ZipArchiveProbe.Classify(source.Path, file.Name, ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var kind = ex is FileNotFoundException or DirectoryNotFoundException ? FaersReadErrorKind.NotFound : FaersReadErrorKind.Io;
            return TableOutcome.Failed(file.Table, new FaersReadError(kind, displayName, null, ex.Message));
        }
        finally
        {
            stream?.Dispose();
            archive?.Dispose();
        }
    }
}
