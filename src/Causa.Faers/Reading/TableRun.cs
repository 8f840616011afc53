using System.Buffers;
using System.Globalization;
using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// The row loop for one table file: header, field-count check, rejoining broken rows, limits, parse, progress,
/// cancellation, and the final check that the table's rows were mostly accepted.
/// </summary>
/// <remarks>Not thread-safe: one per table being read.</remarks>
internal sealed class TableRun(LineReader reader, TableContext context, ProgressTracker tracker, CancellationToken token, long fileLength = 0, FaersReaderOptions? options = null)
{
    // Progress and cancellation are checked every this many lines: cheap enough, and frequent (~1–4 MB).
    private const int CheckEvery = 1 << 15;

    // A row broken by line breaks inside its fields is rejoined over at most this many lines.
    private const int MaxJoinedLines = 16;

    private readonly FaersReaderOptions _options = options ?? FaersReaderOptions.Default;
    private readonly ArrayBufferWriter<byte> _pending = new(4096);
    private readonly List<(long Line, int Fields)> _pendingLines = [];
    private long _reportedBytes;
    private long _reportedRows;
    private long _continuationLines;
    private long _firstJoinedLine;
    private RowShape _shape;
    private HeaderMap? _header;

    public TableOutcome ReadDelimited(TableParser parser, string displayName)
    {
        if (!reader.TryReadLine(out var headerLine))
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.EmptyFile, displayName, null,
                "the file has no header line"));
        }

        if (reader.EndedWithoutNewline)
        {
            // A header with no line ending and nothing after it: the file was cut inside (or right after) its header.
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.TruncatedTable, displayName, 1,
                $"the file ends inside its header line ('{FieldText.Preview(headerLine, FieldText.MaxExcerptLength)}'): it was cut short; get a complete copy"));
        }

        if (headerLine.Contains((byte)'\r'))
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.NotFaers, displayName, 1,
                "the header line holds a carriage return inside it: the file mixes CR-only and LF line endings; convert it to LF or CRLF endings"));
        }

        if (headerLine.Contains((byte)0))
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.NotFaers, displayName, 1,
                "the header line holds NUL bytes: the file is binary or damaged, not FAERS text"));
        }

        var header = _header = HeaderMap.Parse(headerLine);
        if (header.Count < 2)
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.NotFaers, displayName, 1,
                "the first line is not a '$'-delimited FAERS header"));
        }

        if (header.Count > _options.MaxColumns)
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.LimitExceeded, displayName, 1, string.Create(CultureInfo.InvariantCulture,
                $"the header has {header.Count:N0} columns, more than the {_options.MaxColumns:N0} allowed (FAERS tables have at most 25): not a FAERS header ('{FieldText.Preview(headerLine, FieldText.MaxExcerptLength)}')")));
        }

        var missing = parser.Bind(header, context);
        if (missing is not null)
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.MissingColumn, displayName, 1,
                $"required column {ColumnNames.Describe(missing)} not found in the header (columns: {FieldText.Excerpt(header.ToString())})"));
        }

        var shape = _shape = new RowShape(header.Count, header.TrailingDummyColumns > 0, header.Layout == FaersLayout.LegacyAers);
        var splitter = new FieldSplitter(header.Count + 2);
        long blankLines = 0;
        var untilCheck = CheckEvery;
        var sized = false;
        while (reader.TryReadLine(out var line))
        {
            if (--untilCheck == 0)
            {
                untilCheck = CheckEvery;
                if (token.IsCancellationRequested)
                {
                    return TableOutcome.Cancelled(context.Table);
                }

                Report();
                CheckQuarterRowLimit();
                if (!sized)
                {
                    sized = true;
                    SizeOutput(parser);
                }
            }

            if (line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0)
            {
                RejectPending();
                blankLines++;
                continue;
            }

            CheckRowLimit();
            if (line.Contains((byte)0))
            {
                // Never text: rejected on its own, so it can neither start nor continue a broken row.
                RejectPending();
                context.Reject(reader.LineNumber, "binary data: the line holds NUL bytes");
                continue;
            }

            var row = splitter.Split(line, reader.LineNumber);
            if (_pendingLines.Count > 0 && TryContinuePending(row, shape, splitter, parser))
            {
                continue;
            }

            if (shape.Accepts(row))
            {
                Parse(parser, row);
            }
            else if (row.FieldCount < shape.Expected)
            {
                // Possibly the first part of a row broken by a line break inside a field: decide on the next line.
                _pending.Write(line);
                _pendingLines.Add((row.LineNumber, row.FieldCount));
            }
            else
            {
                RejectWrongCount(row.LineNumber, row.FieldCount);
            }
        }

        RejectPending();
        if (_continuationLines > 0)
        {
            context.Reconciliation.Warnings.Add(
                $"{_continuationLines:N0} line(s) continued a row broken by a line break inside a field; rejoined (first at line {_firstJoinedLine:N0})");
        }

        return Finish(headerLines: 1, blankLines, header.Layout, displayName);
    }

    public TableOutcome ReadDeleteList(List<long> output, string displayName)
    {
        long blankLines = 0;
        var untilCheck = CheckEvery;
        while (reader.TryReadLine(out var line))
        {
            if (--untilCheck == 0)
            {
                untilCheck = CheckEvery;
                if (token.IsCancellationRequested)
                {
                    return TableOutcome.Cancelled(context.Table);
                }

                Report();
                CheckQuarterRowLimit();
            }

            CheckRowLimit();
            var value = FieldText.Trim(line);
            if (value.Length > 0 && value[^1] == (byte)'$')
            {
                value = FieldText.Trim(value[..^1]);
            }

            if (value.IsEmpty)
            {
                blankLines++;
            }
            else if (FieldText.TryParseId(value, out var caseId))
            {
                output.Add(caseId);
                context.Reconciliation.Accept();
            }
            else
            {
                context.Reject(reader.LineNumber, $"unparseable key: caseid '{FieldText.Preview(value)}' is not a number");
            }
        }

        if (reader.LineNumber == 0)
        {
            context.Reconciliation.Warnings.Add("the DELETE list is empty");
        }

        return Finish(headerLines: 0, blankLines, layout: null, displayName);
    }

    /// <summary>
    /// With a short row pending, tries <paramref name="row"/> as its continuation. Returns true when the line was
    /// consumed (joined, or kept pending); false when the pending lines were rejected and the line must be handled alone.
    /// </summary>
    private bool TryContinuePending(in RowView row, RowShape shape, FieldSplitter splitter, TableParser parser)
    {
        var pendingFields = 0;
        foreach (var (_, fields) in _pendingLines)
        {
            pendingFields += fields - 1;
        }

        var joinedFields = pendingFields + row.FieldCount;
        if (joinedFields > shape.Expected + (shape.MayHaveTrailing ? 1 : 0) ||
            (joinedFields < shape.Expected && _pendingLines.Count + 1 >= MaxJoinedLines))
        {
            RejectPending();
            return false;
        }

        _pending.Write(" "u8);
        _pending.Write(row.Line);
        _pendingLines.Add((row.LineNumber, row.FieldCount));
        if (joinedFields < shape.Expected && !(joinedFields == shape.Expected - 1 && shape.MayLackTrailing))
        {
            return true;
        }

        var firstLine = _pendingLines[0].Line;
        var joined = splitter.Split(_pending.WrittenSpan, firstLine);
        if (!shape.Accepts(joined))
        {
            // Only possible with one field too many whose last is not empty: the parts do not form a row.
            _pendingLines.RemoveAt(_pendingLines.Count - 1);
            RejectPending();
            return false;
        }

        if (_continuationLines == 0)
        {
            _firstJoinedLine = firstLine;
        }

        _continuationLines += _pendingLines.Count - 1;
        Parse(parser, joined);
        ClearPending();
        return true;
    }

    /// <summary>
    /// Reserves the output list once, from the bytes per row seen in the first rows and the file's total length,
    /// so a 2.5M-row table does not grow by doubling (each doubling copies the list and briefly holds both).
    /// </summary>
    private void SizeOutput(TableParser parser)
    {
        var rows = context.Reconciliation.RowsRead;
        if (fileLength <= 0 || rows == 0 || reader.Position <= 0)
        {
            return;
        }

        // 5% headroom covers drift in row length through the file.
        var bytesPerRow = Math.Max(1.0, (double)reader.Position / rows);
        var estimate = (long)(fileLength / bytesPerRow * 1.05);
        parser.EnsureCapacity((int)Math.Min(Math.Min(estimate, _options.MaxRowsPerTable), Array.MaxLength));
    }

    /// <summary>Parses a row of the right shape, unless one of its fields is longer than any FAERS field may be.</summary>
    private void Parse(TableParser parser, in RowView row)
    {
        var max = _options.MaxFieldLength;

        // A line shorter than the limit cannot hold a field longer than it: the usual case costs one comparison.
        if (row.Line.Length > max)
        {
            for (var i = 0; i < row.FieldCount; i++)
            {
                var field = row[i];
                if (field.Length > max)
                {
                    var column = _header is { } header && i < header.Count && header.Names[i].Length > 0 ? header.Names[i] : $"field {i + 1}";
                    context.Reject(row.LineNumber, string.Create(CultureInfo.InvariantCulture,
                        $"value too long: {column} has {field.Length:N0} bytes, more than the {max:N0} any FAERS field may have ('{FieldText.Preview(field)}')"));
                    return;
                }
            }
        }

        parser.Parse(row, context);
    }

    /// <summary>Stops the read once a table holds more rows than any real one could (rejected rows count too: they cost work).</summary>
    private void CheckRowLimit()
    {
        if (context.Reconciliation.RowsRead + _pendingLines.Count >= _options.MaxRowsPerTable)
        {
            throw new TableReadException(FaersReadErrorKind.LimitExceeded, reader.LineNumber, string.Create(CultureInfo.InvariantCulture,
                $"more than {_options.MaxRowsPerTable:N0} rows in one table, the limit (the largest real table has about 2.5 million)"));
        }
    }

    /// <summary>Stops the read once the quarter's tables together hold more rows than any real quarter could (checked as progress is reported).</summary>
    private void CheckQuarterRowLimit()
    {
        if (tracker.Rows > _options.MaxRowsPerQuarter)
        {
            throw new TableReadException(FaersReadErrorKind.LimitExceeded, reader.LineNumber, string.Create(CultureInfo.InvariantCulture,
                $"more than {_options.MaxRowsPerQuarter:N0} rows in the quarter's tables together, the limit (a full recent quarter has about 7 million)"));
        }
    }

    private void RejectPending()
    {
        foreach (var (line, fields) in _pendingLines)
        {
            RejectWrongCount(line, fields);
        }

        ClearPending();
    }

    private void ClearPending()
    {
        _pending.ResetWrittenCount();
        _pendingLines.Clear();
    }

    private void RejectWrongCount(long line, int found)
        => context.Reject(line, $"wrong field count: expected {_shape.Expected} fields, found {found}");

    private TableOutcome Finish(int headerLines, long blankLines, FaersLayout? layout, string displayName)
    {
        Report();
        CheckQuarterRowLimit();
        var rejectedError = CheckRejectedShare(displayName);
        if (rejectedError is not null)
        {
            return TableOutcome.Failed(context.Table, rejectedError);
        }

        if (blankLines > 0)
        {
            context.Reconciliation.Warnings.Add($"{blankLines:N0} blank line(s) skipped (not rows)");
        }

        if (reader.EndedWithoutNewline && reader.LineNumber > headerLines)
        {
            context.Reconciliation.Warnings.Add(
                $"the last line ({reader.LineNumber:N0}) has no line ending: the file may have been cut short");
        }

        var valueWarnings = context.FinishValueWarnings();
        var lines = new FaersTableLines(context.Table, context.File, reader.LineNumber, headerLines, blankLines, _continuationLines, reader.EndedWithoutNewline);
        return new TableOutcome(context.Table, null, context, lines, valueWarnings, layout, reader.BytesRead);
    }

    /// <summary>
    /// A table whose rows are all, or mostly, rejected was almost certainly not read as intended (a wrong layout, a
    /// damaged file): an error, unless the options accept it, in which case a warning says how much was lost.
    /// </summary>
    private FaersReadError? CheckRejectedShare(string displayName)
    {
        var account = context.Reconciliation;
        if (account.RowsRejected == 0 ||
            (account.RowsAccepted > 0 && account.RowsRejected <= _options.MaxRejectedShare * account.RowsRead))
        {
            return null;
        }

        var (reason, count) = account.RejectionsByReason.MaxBy(static p => p.Value);
        var first = account.Rejections.Count > 0 ? account.Rejections[0] : null;
        var what = string.Create(CultureInfo.InvariantCulture,
            $"{account.RowsRejected:N0} of {account.RowsRead:N0} rows rejected ({(account.RowsAccepted == 0 ? "all of them" : $"more than {_options.MaxRejectedShare * 100:0.#}%")}; " +
            $"most often '{reason}', {count:N0} times") +
            (first is null ? ")" : string.Create(CultureInfo.InvariantCulture, $"; first at line {first.Line:N0}: {FieldText.Excerpt(first.Reason)})"));
        if (_options.AcceptMostlyRejectedTables)
        {
            account.Warnings.Add(what + "; accepted as asked, keeping only the accepted rows");
            return null;
        }

        return new FaersReadError(FaersReadErrorKind.TooManyRejectedRows, displayName, null,
            what + ": the file is probably damaged or not in the layout its header names; nothing from this quarter is kept (the rejected rows can be accepted explicitly)");
    }

    private void Report()
    {
        var bytes = reader.BytesRead;
        var rows = context.Reconciliation.RowsRead;
        tracker.Advance(context.File, bytes - _reportedBytes, rows - _reportedRows);
        _reportedBytes = bytes;
        _reportedRows = rows;
    }
}
