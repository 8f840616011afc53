using System.Globalization;
using System.Text.RegularExpressions;
using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Reads published drug × event count tables, each as one source with its own unit and period:
/// <list type="bullet">
/// <item>matrices with an event column, one column per drug and an <c>Other</c> drug column, optionally an <c>Other AEs</c>
/// row (MDDC, pvEBayes, pvLRT);</item>
/// <item>the TAKMU antidepressant table (<c>prr_real</c> parts with header <c>pt,prod_ai,no_reactions,...</c>, plus
/// <c>adr_global.csv</c> for the background);</item>
/// <item>report-level 2×2 rows <c>cohort,reaction_pt,a,b,c,d,N,...</c> (FAERS 2023 US primary-suspect table);</item>
/// <item>openFDA count responses <c>generic_name,display_name,reaction_term,count</c> with <c>ssri_totals.csv</c> and
/// <c>background_totals.csv</c>;</item>
/// <item>case-level tables, counted into unique cases by <see cref="CaseLevelCounts"/>: <c>CASEID,DRUG,AE</c> rows (pvLRT) and
/// openFDA's drugs / reactions / reports tables.</item>
/// </list>
/// A folder may be given instead of its files.
/// </summary>
public static partial class CountTableImporter
{
    /// <summary>TAKMU table header.</summary>
    public const string TakmuHeader = "pt,prod_ai,no_reactions,total_pt,total_events_drug,no_events_global";

    /// <summary>Report-level 2×2 header start.</summary>
    public const string TwoByTwoHeader = "cohort,reaction_pt,a,b,c,d,N";

    /// <summary>openFDA count header.</summary>
    public const string OpenFdaHeader = "generic_name,display_name,reaction_term,count";

    /// <summary>True when a first line looks like one of the count-table layouts.</summary>
    public static bool Recognises(string firstLine)
    {
        ArgumentNullException.ThrowIfNull(firstLine);
        var line = firstLine.TrimStart('\uFEFF');
        if (line.StartsWith(TakmuHeader, StringComparison.Ordinal) || line.StartsWith(TwoByTwoHeader, StringComparison.Ordinal)
            || line.StartsWith(OpenFdaHeader, StringComparison.Ordinal) || line.StartsWith("pt,no_events_global", StringComparison.Ordinal)
            || line.StartsWith("reaction_term,background_count", StringComparison.Ordinal) || line.StartsWith("generic_name,display_name,total_reports", StringComparison.Ordinal)
            || CaseLevelCounts.IsPairHeader(line) || CaseLevelCounts.OpenFdaPart(line) is not null)
        {
            return true;
        }

        var f = DelimitedText.Split(line, ',');
        return f.Length >= 3 && (f[0].Length == 0 || f[0].Equals("AE", StringComparison.OrdinalIgnoreCase)) && f[^1].StartsWith("Other", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Imports one count table from its files (or folder).</summary>
    /// <param name="paths">The files of one table.</param>
    /// <param name="mapper">Maps drug columns to ingredients.</param>
    /// <param name="importedAt">Time stamp stored with the source.</param>
    public static SourceImportResult Import(IReadOnlyList<string> paths, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(mapper);
        var files = paths.SelectMany(static p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : new[] { p })
            .Where(static p => !p.EndsWith(".rst", StringComparison.OrdinalIgnoreCase) && !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var byLayout = files.GroupBy(static p => Layout(DelimitedText.FirstLine(p) ?? string.Empty)).ToDictionary(static g => g.Key, static g => g.ToList());
        if (byLayout.TryGetValue("takmu", out var takmu))
        {
            return ImportTakmu(takmu, byLayout.GetValueOrDefault("takmu-global"), mapper, importedAt);
        }

        if (byLayout.TryGetValue("2x2", out var rows) && rows.Count == 1)
        {
            return ImportTwoByTwo(rows[0], mapper, importedAt);
        }

        if (byLayout.TryGetValue("openfda", out var openFda) && openFda.Count == 1)
        {
            return ImportOpenFda(openFda[0], byLayout.GetValueOrDefault("openfda-totals"), byLayout.GetValueOrDefault("openfda-background"), mapper, importedAt);
        }

        if (byLayout.TryGetValue("case-pairs", out var casePairs) && casePairs.Count == 1)
        {
            return CaseLevelCounts.ImportPairs(casePairs[0], mapper, importedAt);
        }

        if (byLayout.TryGetValue("openfda-case-drugs", out var caseDrugs) && byLayout.TryGetValue("openfda-case-reactions", out var caseReactions))
        {
            return CaseLevelCounts.ImportOpenFda(caseDrugs, caseReactions, byLayout.GetValueOrDefault("openfda-case-reports"), mapper, importedAt);
        }

        if (byLayout.TryGetValue("matrix", out var matrix) && matrix.Count == 1)
        {
            return ImportMatrix(matrix[0], mapper, importedAt);
        }

        var unknown = files.FirstOrDefault(static p => Layout(DelimitedText.FirstLine(p) ?? string.Empty) == "unknown");
        return SourceImportResult.Fail(unknown is not null
            ? $"{Path.GetFileName(unknown)}:1: not a count table Causa knows (matrix with an 'Other' column, TAKMU prr_real, cohort 2x2 rows, openFDA counts)"
            : "count tables: give the files of one table at a time (one matrix, one 2x2 table, one CASEID,DRUG,AE file, or the parts of the TAKMU / openFDA table / openFDA case-level table)");
    }

    private static string Layout(string firstLine)
    {
        var line = firstLine.TrimStart('\uFEFF');
        if (line.StartsWith(TakmuHeader, StringComparison.Ordinal))
        {
            return "takmu";
        }

        if (line.StartsWith("pt,no_events_global", StringComparison.Ordinal))
        {
            return "takmu-global";
        }

        if (line.StartsWith(TwoByTwoHeader, StringComparison.Ordinal))
        {
            return "2x2";
        }

        if (line.StartsWith(OpenFdaHeader, StringComparison.Ordinal))
        {
            return "openfda";
        }

        if (line.StartsWith("generic_name,display_name,total_reports", StringComparison.Ordinal))
        {
            return "openfda-totals";
        }

        if (line.StartsWith("reaction_term,background_count", StringComparison.Ordinal))
        {
            return "openfda-background";
        }

        if (CaseLevelCounts.IsPairHeader(line))
        {
            return "case-pairs";
        }

        if (CaseLevelCounts.OpenFdaPart(line) is { } part)
        {
            return "openfda-case-" + part;
        }

        return Recognises(line) ? "matrix" : "unknown";
    }

    private static SourceImportResult ImportMatrix(string path, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        var c = CultureInfo.InvariantCulture;
        var file = Path.GetFileName(path);
        var tally = new ImportTally();
        using var reader = DelimitedText.Open(path);
        var header = DelimitedText.Split(reader.ReadLine()!.TrimStart('\uFEFF'), ',');
        var drugCount = header.Length - 2;
        var ingredients = new string?[drugCount];
        for (var j = 0; j < drugCount; j++)
        {
            ingredients[j] = mapper.MapDrug(header[j + 1], out var why);
            if (ingredients[j] is null)
            {
                tally.Reject(path, 1, $"drug column '{header[j + 1]}': {why}");
            }
        }

        var columnTotals = new long[drugCount + 1];
        var termTotals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var pairs = new List<CountPair>();
        var otherRow = false;
        long n = 0;
        var values = new long[drugCount + 1];
        foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
        {
            tally.Read++;
            if (f.Length != header.Length)
            {
                tally.Reject(path, lineNo, $"expected {header.Length} columns, got {f.Length}");
                continue;
            }

            var ok = true;
            for (var j = 0; j <= drugCount; j++)
            {
                if (!long.TryParse(f[j + 1], NumberStyles.Integer, c, out values[j]) || values[j] < 0)
                {
                    tally.Reject(path, lineNo, $"column '{header[j + 1]}': '{f[j + 1]}' is not a non-negative count");
                    ok = false;
                    break;
                }
            }

            if (!ok)
            {
                continue;
            }

            var term = f[0].Trim();
            var isOther = term.StartsWith("Other", StringComparison.OrdinalIgnoreCase) && (term.Length == 5 || term[5] is ' ' or '_');
            otherRow |= isOther;
            long rowTotal = 0;
            for (var j = 0; j <= drugCount; j++)
            {
                columnTotals[j] += values[j];
                rowTotal += values[j];
                if (!isOther && j < drugCount && values[j] > 0 && ingredients[j] is { } ingredient)
                {
                    pairs.Add(new CountPair(header[j + 1], ingredient, term, values[j]));
                }
            }

            n += rowTotal;
            if (isOther)
            {
                tally.Skipped++;
            }
            else if (!termTotals.TryAdd(term, rowTotal))
            {
                tally.Reject(path, lineNo, $"event '{term}' appears twice");
                continue;
            }
            else
            {
                tally.Accepted++;
            }
        }

        var drugs = new List<CountDrug>();
        for (var j = 0; j < drugCount; j++)
        {
            if (ingredients[j] is { } ingredient)
            {
                drugs.Add(new CountDrug(header[j + 1], ingredient, columnTotals[j]));
            }
        }

        var meta = CountSourceMetadata.Find(file);
        var notes = new List<string>
        {
            otherRow
                ? "Complete 2x2 for every listed drug and event: the 'Other' column and 'Other' event row hold the rest of the database."
                : "No 'Other' event row: totals cover the listed events only, so each 2x2 is within that universe.",
        };
        var info = new SourceInfo(
            meta?.Name ?? Path.GetFileNameWithoutExtension(file),
            EvidenceSourceKind.Counts,
            [file],
            meta?.Period ?? PeriodFromDescription(path) ?? "not stated",
            meta?.Unit ?? EvidenceUnit.DrugEventPairs,
            meta?.Licence ?? "not stated",
            meta?.Citation ?? "not stated",
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            notes,
            importedAt);
        return SourceImportResult.Ok(new ImportedSource(info, [], [], new CountTable(n, complete: true, drugs, termTotals, pairs)));
    }

    private static SourceImportResult ImportTakmu(List<string> parts, List<string>? global, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        if (global is not { Count: 1 })
        {
            return SourceImportResult.Fail("TAKMU table: give adr_global.csv (the background count of every PT) together with the prr_real parts.");
        }

        var c = CultureInfo.InvariantCulture;
        var tally = new ImportTally();
        var termTotals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        long n = 0;
        using (var reader = DelimitedText.Open(global[0]))
        {
            reader.ReadLine();
            foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
            {
                if (f.Length != 2 || !long.TryParse(f[1], NumberStyles.Integer, c, out var count) || count < 0)
                {
                    return SourceImportResult.Fail($"{Path.GetFileName(global[0])}:{lineNo}: expected 'pt,count', got '{SiderImporter.Truncate(line)}'");
                }

                termTotals[f[0].Trim()] = count;
                n += count;
            }
        }

        var drugTotals = new Dictionary<string, (string Ingredient, long Total)>(StringComparer.OrdinalIgnoreCase);
        var pairs = new List<CountPair>();
        foreach (var part in parts.Order(StringComparer.Ordinal))
        {
            using var reader = DelimitedText.Open(part);
            reader.ReadLine();
            foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
            {
                tally.Read++;
                if (f.Length != 8 || !long.TryParse(f[2], NumberStyles.Integer, c, out var a) || !long.TryParse(f[4], NumberStyles.Integer, c, out var drugTotal) || a < 0 || drugTotal < a)
                {
                    tally.Reject(part, lineNo, f.Length != 8 ? $"expected 8 columns, got {f.Length}" : "no_reactions / total_events_drug are not consistent counts");
                    continue;
                }

                var drug = f[1].Trim();
                var term = f[0].Trim();
                if (!termTotals.ContainsKey(term))
                {
                    tally.Reject(part, lineNo, $"PT '{term}' is not in adr_global.csv");
                    continue;
                }

                if (!drugTotals.TryGetValue(drug, out var known))
                {
                    var ingredient = mapper.MapDrug(drug, out var why);
                    if (ingredient is null)
                    {
                        tally.Reject(part, lineNo, why ?? "unmapped drug");
                        continue;
                    }

                    known = (ingredient, drugTotal);
                    drugTotals[drug] = known;
                }

                pairs.Add(new CountPair(drug, known.Ingredient, term, a));
                tally.Accepted++;
            }
        }

        var info = new SourceInfo(
            CountSourceMetadata.TakmuName,
            EvidenceSourceKind.Counts,
            [.. parts.Concat(global).Select(static p => Path.GetFileName(p))],
            CountSourceMetadata.TakmuPeriod,
            EvidenceUnit.ReactionRows,
            CountSourceMetadata.TakmuLicence,
            CountSourceMetadata.TakmuCitation,
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            ["Counts are DRUG × REAC rows (a report listing the drug twice counts twice), not reports; every role counted; N = sum of adr_global."],
            importedAt);
        var drugs = drugTotals.Select(static d => new CountDrug(d.Key, d.Value.Ingredient, d.Value.Total)).OrderBy(static d => d.Drug, StringComparer.Ordinal).ToList();
        return SourceImportResult.Ok(new ImportedSource(info, [], [], new CountTable(n, complete: true, drugs, termTotals, pairs)));
    }

    private static SourceImportResult ImportTwoByTwo(string path, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        var c = CultureInfo.InvariantCulture;
        var tally = new ImportTally();
        var termTotals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var drugTotals = new Dictionary<string, (string? Ingredient, long Total)>(StringComparer.OrdinalIgnoreCase);
        var pairs = new List<CountPair>();
        long n = -1;
        using (var reader = DelimitedText.Open(path))
        {
            reader.ReadLine();
            foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
            {
                tally.Read++;
                long a = 0, b = 0, cc = 0, d = 0, rowN = 0;
                if (f.Length < 7 || !long.TryParse(f[2], NumberStyles.Integer, c, out a) || !long.TryParse(f[3], NumberStyles.Integer, c, out b)
                    || !long.TryParse(f[4], NumberStyles.Integer, c, out cc) || !long.TryParse(f[5], NumberStyles.Integer, c, out d) || !long.TryParse(f[6], NumberStyles.Integer, c, out rowN)
                    || a < 0 || b < 0 || cc < 0 || d < 0)
                {
                    tally.Reject(path, lineNo, "a, b, c, d, N must be non-negative counts");
                    continue;
                }

                // The file's N column is not the grand total in every row; a+b+c+d is.
                var total = a + b + cc + d;
                if (n >= 0 && total != n)
                {
                    tally.Reject(path, lineNo, $"a+b+c+d = {total} differs from the other rows ({n})");
                    continue;
                }

                n = total;
                var cohort = f[0].Trim();
                var term = f[1].Trim();
                termTotals[term] = termTotals.GetValueOrDefault(term) + a;
                if (cohort.Equals("OTHER", StringComparison.OrdinalIgnoreCase))
                {
                    tally.Accepted++;
                    continue;
                }

                if (!drugTotals.TryGetValue(cohort, out var known))
                {
                    // Cohorts such as MINOXIDIL_TOPICAL stay separate columns of one ingredient.
                    var ingredient = mapper.MapDrug(cohort.Split('_')[0], out var why);
                    known = (ingredient, a + b);
                    drugTotals[cohort] = known;
                    if (ingredient is null)
                    {
                        tally.Reject(path, lineNo, why ?? "unmapped cohort");
                    }
                }

                if (known.Ingredient is null)
                {
                    continue;
                }

                pairs.Add(new CountPair(cohort, known.Ingredient, term, a));
                tally.Accepted++;
            }
        }

        var info = new SourceInfo(
            CountSourceMetadata.OkekeName,
            EvidenceSourceKind.Counts,
            [Path.GetFileName(path)],
            CountSourceMetadata.OkekePeriod,
            EvidenceUnit.Cases,
            "MIT (repository); FAERS data public domain",
            CountSourceMetadata.OkekeCitation,
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            ["Unique cases, primary-suspect drug only; event totals summed over the disjoint cohorts (OTHER = every other case)."],
            importedAt);
        var drugs = drugTotals.Where(static d => d.Value.Ingredient is not null).Select(static d => new CountDrug(d.Key, d.Value.Ingredient!, d.Value.Total)).OrderBy(static d => d.Drug, StringComparer.Ordinal).ToList();
        return SourceImportResult.Ok(new ImportedSource(info, [], [], new CountTable(Math.Max(n, 0), complete: true, drugs, termTotals, pairs)));
    }

    private static SourceImportResult ImportOpenFda(string path, List<string>? totals, List<string>? background, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        if (totals is not { Count: 1 })
        {
            return SourceImportResult.Fail("openFDA counts: give the drug totals file (generic_name,display_name,total_reports) with the reaction counts.");
        }

        var c = CultureInfo.InvariantCulture;
        var tally = new ImportTally();
        var drugTotals = new Dictionary<string, (string? Ingredient, long Total)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lineNo, _, f) in DelimitedText.DataRows(totals[0], ','))
        {
            if (f.Length != 3 || !long.TryParse(f[2], NumberStyles.Integer, c, out var total) || total < 0)
            {
                return SourceImportResult.Fail($"{Path.GetFileName(totals[0])}:{lineNo}: expected 'generic_name,display_name,total_reports'");
            }

            drugTotals[f[0].Trim()] = (mapper.MapDrug(f[0], out _), total);
        }

        var termTotals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        long n = 0;
        foreach (var (lineNo, _, f) in background is { Count: 1 } ? DelimitedText.DataRows(background[0], ',') : [])
        {
            if (f.Length != 3 || !long.TryParse(f[1], NumberStyles.Integer, c, out var count) || !long.TryParse(f[2], NumberStyles.Integer, c, out var all))
            {
                return SourceImportResult.Fail($"{Path.GetFileName(background![0])}:{lineNo}: expected 'reaction_term,background_count,total_faers_reports'");
            }

            termTotals[f[0].Trim()] = count;
            n = all;
        }

        var pairs = new List<CountPair>();
        foreach (var (lineNo, _, f) in DelimitedText.DataRows(path, ','))
        {
            tally.Read++;
            if (f.Length != 4 || !long.TryParse(f[3], NumberStyles.Integer, c, out var count) || count < 0)
            {
                tally.Reject(path, lineNo, "expected 'generic_name,display_name,reaction_term,count'");
                continue;
            }

            if (!drugTotals.TryGetValue(f[0].Trim(), out var drug) || drug.Ingredient is null)
            {
                tally.Reject(path, lineNo, $"drug '{f[0]}' has no total or no ingredient");
                continue;
            }

            pairs.Add(new CountPair(f[0].Trim(), drug.Ingredient, f[2].Trim(), count));
            tally.Accepted++;
        }

        var info = new SourceInfo(
            CountSourceMetadata.OpenFdaName,
            EvidenceSourceKind.Counts,
            [.. new[] { path, totals[0] }.Concat(background ?? []).Select(static p => Path.GetFileName(p))],
            CountSourceMetadata.OpenFdaPeriod,
            EvidenceUnit.Reports,
            "MIT (repository); openFDA data CC0",
            CountSourceMetadata.OpenFdaCitation,
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            ["openFDA reports (not deduplicated), any drug role; top-1000 events per drug only, so a missing pair is unknown, not zero; a full 2x2 only for events with a background count."],
            importedAt);
        var drugs = drugTotals.Where(static d => d.Value.Ingredient is not null).Select(static d => new CountDrug(d.Key, d.Value.Ingredient!, d.Value.Total)).OrderBy(static d => d.Drug, StringComparer.Ordinal).ToList();
        return SourceImportResult.Ok(new ImportedSource(info, [], [], new CountTable(n, complete: false, drugs, termTotals, pairs)));
    }

    private static string? PeriodFromDescription(string path)
    {
        var rst = Path.ChangeExtension(path, ".rst");
        if (!File.Exists(rst))
        {
            return null;
        }

        var m = QuarterRange().Match(File.ReadAllText(rst));
        return m.Success ? $"FAERS {m.Groups[2].Value}{m.Groups[1].Value}–{m.Groups[4].Value}{m.Groups[3].Value}" : null;
    }

    [GeneratedRegex(@"(Q[1-4])\s+(\d{4})\s+to\s+(Q[1-4])\s+(\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterRange();
}
