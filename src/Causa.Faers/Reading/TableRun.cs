using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>The row loop for one table file: header, field-count check, parse, progress, cancellation.</summary>
/// <remarks>Not thread-safe: one per table being read.</remarks>
internal sealed class TableRun(LineReader reader, TableContext context, ProgressTracker tracker, CancellationToken token)
{
    // Progress and cancellation are checked every this many lines: cheap enough, and frequent (~1–4 MB).
    private const int CheckEvery = 1 << 15;

    private long _reportedBytes;
    private long _reportedRows;

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
                $"required column '{missing}' not found in the header (columns: {header})"));
        }

        var expected = header.Count;
        var mayLackTrailing = header.TrailingDummyColumns > 0;
        var mayHaveTrailing = header.Layout == FaersLayout.LegacyAers;
        var splitter = new FieldSplitter(expected + 2);
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

            if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
            {
                blankLines++;
                continue;
            }

            var row = splitter.Split(line, reader.LineNumber);
            var fields = row.FieldCount;
            if (fields == expected ||
                (fields == expected - 1 && mayLackTrailing) ||
                (fields == expected + 1 && mayHaveTrailing && row[expected].IsEmpty))
            {
                parser.Parse(row, context);
            }
            else
            {
                context.Reject(row.LineNumber, $"wrong field count: expected {expected} fields, found {fields}");
            }
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
        var lines = new FaersTableLines(context.Table, context.File, reader.LineNumber, headerLines, blankLines, reader.EndedWithoutNewline);
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
