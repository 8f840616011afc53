namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// The row loop every JSON Lines name source shares: one record per non-blank line, each read by the source's own
/// delegate, counted as used, skipped or rejected with its reason, and the first rejection kept with its line number.
/// </summary>
internal static class JsonLinesRows
{
    /// <summary>Reads every record of <paramref name="reader"/> through <paramref name="readRecord"/>.</summary>
    /// <param name="reader">The file, at its first line.</param>
    /// <param name="fileName">Name for the first rejection's message.</param>
    /// <param name="readRecord">Reads one line: used, or skipped/rejected with a reason.</param>
    /// <returns>The counts; <see cref="JsonLinesTally.Rows"/> is 0 for a file of blank lines only.</returns>
    public static JsonLinesTally Read(TextReader reader, string fileName, Func<string, (RowVerdictKind Kind, string? Reason)> readRecord)
    {
        long rows = 0, rejected = 0, skipped = 0, lineNumber = 0;
        var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
        string? firstRejection = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            rows++;
            var (kind, reason) = readRecord(line);
            if (kind == RowVerdictKind.Used)
            {
                continue;
            }

            reasons[reason!] = reasons.GetValueOrDefault(reason!) + 1;
            if (kind == RowVerdictKind.Rejected)
            {
                rejected++;
                firstRejection ??= $"{fileName}, line {lineNumber}: {reason}";
            }
            else
            {
                skipped++;
            }
        }

        return new JsonLinesTally(rows, rejected, skipped, reasons, firstRejection);
    }
}
