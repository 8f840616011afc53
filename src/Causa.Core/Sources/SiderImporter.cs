using System.Globalization;
using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Reads SIDER 4.1: <c>drug_names.tsv</c> (STITCH id → name), <c>meddra_all_se.tsv(.gz)</c> (label side effects) and
/// optionally <c>meddra_freq.tsv(.gz)</c> (frequencies, with placebo rows). Streams the files; only PT rows are used
/// (LLT rows repeat the same label entry and are counted as skipped).
/// </summary>
/// <remarks>SIDER is CC BY-NC-SA 4.0: Causa imports it from the user's copy and never bundles it.</remarks>
public static class SiderImporter
{
    /// <summary>Source name used in answers.</summary>
    public const string SourceName = "SIDER 4.1";

    /// <summary>Where SIDER 4.1 comes from (shared by its label and its indication source).</summary>
    internal const string Citation = "Kuhn M, Letunic I, Jensen LJ, Bork P. The SIDER database of drugs and side effects. Nucleic Acids Res. 2016;44(D1):D1075-9. http://sideeffects.embl.de";

    /// <summary>SIDER 4.1's period as published (shared by its label and its indication source).</summary>
    internal const string Period = "labels collected up to 2015 (SIDER 4.1, October 2015)";

    /// <summary>SIDER 4.1's licence.</summary>
    internal const string Licence = "CC BY-NC-SA 4.0 (non-commercial)";

    /// <summary>Imports the given SIDER files.</summary>
    /// <param name="paths">The SIDER files; <c>drug_names.tsv</c> and <c>meddra_all_se</c> are required.</param>
    /// <param name="mapper">Maps SIDER drug names to ingredients.</param>
    /// <param name="importedAt">Time stamp stored with the source.</param>
    public static SourceImportResult Import(IReadOnlyList<string> paths, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(mapper);
        var namesPath = paths.FirstOrDefault(static p => Path.GetFileName(p).StartsWith("drug_names", StringComparison.OrdinalIgnoreCase));
        var sePath = paths.FirstOrDefault(static p => Path.GetFileName(p).StartsWith("meddra_all_se", StringComparison.OrdinalIgnoreCase));
        var freqPath = paths.FirstOrDefault(static p => Path.GetFileName(p).StartsWith("meddra_freq", StringComparison.OrdinalIgnoreCase));
        if (namesPath is null || sePath is null)
        {
            return SourceImportResult.Fail("SIDER: give drug_names.tsv and meddra_all_se.tsv(.gz) together (meddra_freq.tsv(.gz) adds frequencies).");
        }

        var tally = new ImportTally();
        var keptBefore = mapper.DrugsKeptAsWritten;
        var ingredientOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var unmappedDrug = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ReadNames(namesPath, mapper, tally, ingredientOf, unmappedDrug) is { } namesError)
        {
            return SourceImportResult.Fail(namesError);
        }

        var entries = new Dictionary<(string Ingredient, string Term), LabelAccumulator>();
        if (ReadEffects(sePath, frequencies: false, tally, ingredientOf, unmappedDrug, entries) is { } seError)
        {
            return SourceImportResult.Fail(seError);
        }

        if (freqPath is not null && ReadEffects(freqPath, frequencies: true, tally, ingredientOf, unmappedDrug, entries) is { } freqError)
        {
            return SourceImportResult.Fail(freqError);
        }

        var labels = entries.OrderBy(static e => e.Key.Ingredient, StringComparer.Ordinal).ThenBy(static e => e.Key.Term, StringComparer.Ordinal)
            .Select(static e => e.Value.ToEntry(e.Key.Ingredient, e.Key.Term)).ToList();
        var files = new[] { namesPath, sePath, freqPath }.Where(static p => p is not null).Select(static p => Path.GetFileName(p!)).ToList();
        var notes = new List<string>
        {
            "Side effects as printed on labels (2015 snapshot); frequencies from the label's trial tables, placebo where the label gives it.",
        };
        if (freqPath is null)
        {
            notes.Add("meddra_freq not given: no frequencies.");
        }

        if (mapper.DrugsKeptAsWritten > keptBefore)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{mapper.DrugsKeptAsWritten - keptBefore} drug name(s) unknown to the vocabulary were kept as written."));
        }

        var info = new SourceInfo(
            SourceName,
            EvidenceSourceKind.Sider,
            files,
            Period,
            EvidenceUnit.None,
            Licence,
            Citation,
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            notes,
            importedAt);
        return SourceImportResult.Ok(new ImportedSource(info, labels, [], null));
    }

    /// <summary>Reads <c>drug_names.tsv</c> (STITCH id → name) into ingredients; an unmappable name is rejected with its reason. Null, or the error.</summary>
    internal static string? ReadNames(string path, SourceNameMapper mapper, ImportTally tally, Dictionary<string, string> ingredientOf, Dictionary<string, string> unmapped)
    {
        using var reader = DelimitedText.Open(path);
        foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, '\t', linesRead: 0))
        {
            if (f.Length < 2 || !f[0].StartsWith("CID", StringComparison.Ordinal))
            {
                return $"{Path.GetFileName(path)}:{lineNo}: expected 'STITCH id<TAB>name', got '{Truncate(line)}'";
            }

            tally.Read++;
            var ingredient = mapper.MapDrug(f[1], out var reason);
            if (ingredient is null)
            {
                unmapped[f[0]] = reason ?? "unmapped";
                tally.Reject(path, lineNo, reason ?? "unmapped");
            }
            else
            {
                ingredientOf[f[0]] = ingredient;
                tally.Accepted++;
            }
        }

        return null;
    }

    private static string? ReadEffects(
        string path,
        bool frequencies,
        ImportTally tally,
        Dictionary<string, string> ingredientOf,
        Dictionary<string, string> unmapped,
        Dictionary<(string, string), LabelAccumulator> entries)
    {
        var expected = frequencies ? 10 : 6;
        var file = Path.GetFileName(path);
        using var reader = DelimitedText.Open(path);
        foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, '\t', linesRead: 0))
        {
            tally.Read++;
            if (f.Length != expected)
            {
                if (lineNo == 1)
                {
                    return $"{file}:1: expected {expected} tab-separated columns ({(frequencies ? "meddra_freq" : "meddra_all_se")} layout), got {f.Length}";
                }

                tally.Reject(path, lineNo, $"expected {expected} columns, got {f.Length}");
                continue;
            }

            var type = f[expected - 3];
            if (type != "PT")
            {
                tally.Skipped++;
                continue;
            }

            var term = f[expected - 1].Trim();
            if (!ingredientOf.TryGetValue(f[0], out var ingredient))
            {
                tally.Reject(path, lineNo, unmapped.TryGetValue(f[0], out var why) ? why : $"STITCH id {f[0]} is not in drug_names");
                continue;
            }

            if (term.Length == 0)
            {
                tally.Reject(path, lineNo, "empty side-effect name");
                continue;
            }

            var key = (ingredient, term);
            if (!entries.TryGetValue(key, out var acc))
            {
                acc = new LabelAccumulator();
                entries[key] = acc;
            }

            if (frequencies && !AddFrequency(acc, f[3], f[4], f[5], f[6]))
            {
                tally.Reject(path, lineNo, $"unreadable frequency '{f[4]}' / bounds '{f[5]}'–'{f[6]}'");
                continue;
            }

            tally.Accepted++;
        }

        return null;
    }

    private static bool AddFrequency(LabelAccumulator acc, string placebo, string description, string lower, string upper)
    {
        var c = CultureInfo.InvariantCulture;
        if (!double.TryParse(lower, NumberStyles.Float, c, out var lo) || !double.TryParse(upper, NumberStyles.Float, c, out var hi) || lo < 0 || hi > 1 || lo > hi)
        {
            return false;
        }

        var isPlacebo = placebo.Equals("placebo", StringComparison.OrdinalIgnoreCase);
        var exact = description.Contains('%', StringComparison.Ordinal) && lo == hi;
        if (exact)
        {
            (isPlacebo ? acc.Placebo : acc.Drug).Add(hi * 100);
        }
        else if (!isPlacebo)
        {
            acc.Descriptions.Add(description.Trim().ToLowerInvariant());
        }

        return true;
    }

    internal static string Truncate(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
