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
    /// <param name="format">Separator and quoting; the file is read by <see cref="DelimitedReader"/>.</param>
    /// <param name="columns">Column names to find in the header; null for a headerless file (fields by position).</param>
    /// <param name="requiredColumns">How many of <paramref name="columns"/>, from the first, must be present.</param>
    /// <param name="row">The source's rule: given the fields and the column indices (−1 for an absent optional column), use, skip or reject the row.</param>
    public static VocabularyImportResult Read(
        TextReader reader,
        string fileName,
        VocabularySource source,
        VocabularyBuilder builder,
        DelimitedFormat format,
        string[]? columns,
        int requiredColumns,
        Func<IReadOnlyList<string>, int[], RowVerdict> row)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var indices = Array.Empty<int>();
        var records = new DelimitedReader(reader, format);
        if (columns is not null)
        {
            if (records.Read() is not { } header)
            {
                return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
            }

            indices = [.. columns.Select(c => DelimitedText.IndexOf(header.Fields, c))];
            var missing = columns.Take(requiredColumns).Where((_, i) => indices[i] < 0).ToList();
            if (missing.Count > 0)
            {
                return VocabularyImportResult.Fail(fileName, $"{fileName}, line {header.Line}: missing column {string.Join(", ", missing.Select(static m => $"'{m}'"))}");
            }
        }

        long rows = 0, rejected = 0, skipped = 0;
        var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
        string? firstRejection = null;
        while (records.Read() is { } record)
        {
            rows++;
            var verdict = record.Problem is { } problem ? RowVerdict.Reject("malformed row: " + problem) : row(record.Fields, indices);
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
                firstRejection ??= $"{fileName}, line {record.Line}: {reason}";
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

    /// <summary>Fields separated by <paramref name="separator"/>, quotes as text.</summary>
    public static DelimitedFormat On(char separator) => new(separator, Quoted: false);

    /// <summary>RFC 4180 CSV.</summary>
    public static DelimitedFormat Csv => DelimitedFormat.Csv;

    /// <summary>The reason for a row with too few fields.</summary>
    public static RowVerdict TooFewFields(IReadOnlyList<string> fields, int needed) =>
        RowVerdict.Reject($"too few fields: expected at least {needed}, found {fields.Count}");
}
