using Causa.Core.Text;

namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// The loop every delimited vocabulary source shares: read the header (when there is one), find the columns by name,
/// hand each non-blank data row to the source's own rule, and account for every row — used, skipped or rejected, each
/// with a reason and the first rejected line kept for messages.
/// </summary>
internal static class DelimitedTable
{
    /// <summary>Reads a table.</summary>
    /// <param name="reader">The file, at its first line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="source">Which source this is.</param>
    /// <param name="builder">Receives the provenance record.</param>
    /// <param name="split">Splits a line into fields.</param>
    /// <param name="columns">Column names to find in the header; null for a headerless file (fields by position).</param>
    /// <param name="requiredColumns">How many of <paramref name="columns"/>, from the first, must be present.</param>
    /// <param name="row">The source's rule: given the fields and the column indices (−1 for an absent optional column), use, skip or reject the row.</param>
    public static VocabularyImportResult Read(
        TextReader reader,
        string fileName,
        VocabularySource source,
        VocabularyBuilder builder,
        Func<string, IReadOnlyList<string>> split,
        string[]? columns,
        int requiredColumns,
        Func<IReadOnlyList<string>, int[], RowVerdict> row)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var indices = Array.Empty<int>();
        long lineNumber = 0;
        if (columns is not null)
        {
            var headerLine = reader.ReadLine();
            lineNumber++;
            if (headerLine is null)
            {
                return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
            }

            var header = split(headerLine);
            indices = [.. columns.Select(c => DelimitedText.IndexOf(header, c))];
            var missing = columns.Take(requiredColumns).Where((_, i) => indices[i] < 0).ToList();
            if (missing.Count > 0)
            {
                return VocabularyImportResult.Fail(fileName, $"{fileName}, line 1: missing column {string.Join(", ", missing.Select(static m => $"'{m}'"))}");
            }
        }

        long rows = 0, rejected = 0, skipped = 0;
        var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
        string? firstRejection = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            rows++;
            var verdict = row(split(line), indices);
            if (verdict.Kind == RowVerdictKind.Used)
            {
                continue;
            }

            var reason = verdict.Reason ?? "unspecified";
            var colon = reason.IndexOf(':', StringComparison.Ordinal);
            var category = colon > 0 ? reason[..colon] : reason;
            reasons[category] = reasons.GetValueOrDefault(category) + 1;
            if (verdict.Kind == RowVerdictKind.Rejected)
            {
                rejected++;
                firstRejection ??= $"{fileName}, line {lineNumber}: {reason}";
            }
            else
            {
                skipped++;
            }
        }

        if (columns is null && rows == 0)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        builder.AddSourceInfo(new VocabularySourceInfo(source, fileName, rows, rejected));
        return new VocabularyImportResult(fileName, source, rows, rejected, null)
        {
            Skipped = skipped,
            ReasonCounts = reasons,
            FirstRejection = firstRejection,
        };
    }

    /// <summary>Splits on a single character.</summary>
    public static Func<string, IReadOnlyList<string>> On(char separator) => line => line.Split(separator);

    /// <summary>Splits RFC 4180 CSV.</summary>
    public static Func<string, IReadOnlyList<string>> Csv { get; } = static line => DelimitedText.SplitCsv(line);

    /// <summary>The reason for a row with too few fields.</summary>
    public static RowVerdict TooFewFields(IReadOnlyList<string> fields, int needed) =>
        RowVerdict.Reject($"too few fields: expected at least {needed}, found {fields.Count}");
}
