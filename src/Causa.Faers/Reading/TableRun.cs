using System.Buffers;
using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>The row loop for one table file: header, field-count check, rejoining broken rows, parse, progress, cancellation.</summary>
/// <remarks>Not thread-safe: one per table being read.</remarks>
internal sealed class TableRun(LineReader reader, TableContext context, ProgressTracker tracker, CancellationToken token, long fileLength = 0)
{
    // Progress and cancellation are checked every this many lines: cheap enough, and frequent (~1–4 MB).
    private const int CheckEvery = 1 << 15;

    // A row broken by line breaks inside its fields is rejoined over at most this many lines.
    private const int MaxJoinedLines = 16;

    private readonly ArrayBufferWriter<byte> _pending = new(4096);
    private readonly List<(long Line, int Fields)> _pendingLines = [];
    private long _reportedBytes;
    private long _reportedRows;
    private long _continuationLines;
    private long _firstJoinedLine;
    private RowShape _shape;

    public TableOutcome ReadDelimited(TableParser parser, string displayName)
    {
        if (!reader.TryReadLine(out var headerLine))
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.EmptyFile, displayName, null,
                "the file has no header line"));
        }

        var header = HeaderMap.Parse(headerLine);
        if (header.Count < 2)
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.NotFaers, displayName, 1,
                "the first line is not a '$'-delimited FAERS header"));
        }

        var missing = parser.Bind(header, context);
        if (missing is not null)
        {
            return TableOutcome.Failed(context.Table, new FaersReadError(FaersReadErrorKind.MissingColumn, displayName, 1,
                $"required column {ColumnNames.Describe(missing)} not found in the header (columns: {header})"));
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

            var row = splitter.Split(line, reader.LineNumber);
            if (_pendingLines.Count > 0 && TryContinuePending(row, shape, splitter, parser))
            {
                continue;
            }

            if (shape.Accepts(row))
            {
                parser.Parse(row, context);
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

        return Finish(headerLines: 1, blankLines, header.Layout);
    }

    public TableOutcome ReadDeleteList(List<long> output)
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
            }

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

        return Finish(headerLines: 0, blankLines, layout: null);
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
        parser.Parse(joined, context);
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
        parser.EnsureCapacity((int)Math.Min(estimate, Array.MaxLength));
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

    private TableOutcome Finish(int headerLines, long blankLines, FaersLayout? layout)
    {
        Report();
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

    private void Report()
    {
        var bytes = reader.BytesRead;
        var rows = context.Reconciliation.RowsRead;
        tracker.Advance(context.File, bytes - _reportedBytes, rows - _reportedRows);
        _reportedBytes = bytes;
        _reportedRows = rows;
    }
}
