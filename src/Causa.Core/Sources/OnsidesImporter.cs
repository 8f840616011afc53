using System.Globalization;
using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Reads OnSIDES CSV releases (v2.1 schema): <c>adverse_reactions.csv</c> and optionally <c>boxed_warnings.csv</c>, columns
/// <c>ingredients_rxcuis, ingredients_names, num_ingredients, pt_meddra_id, pt_meddra_term, percent_labels, num_labels</c>.
/// Multi-ingredient rows are rejected (their effects cannot be given to one ingredient).
/// </summary>
public static class OnsidesImporter
{
    /// <summary>Source name used in answers.</summary>
    public const string SourceName = "OnSIDES";

    /// <summary>The header every OnSIDES ingredient-level file starts with.</summary>
    public const string Header = "ingredients_rxcuis,ingredients_names,num_ingredients,pt_meddra_id,pt_meddra_term,percent_labels,num_labels";

    /// <summary>Imports the given OnSIDES files.</summary>
    /// <param name="paths">One or more files in the schema above; a file named <c>boxed_warnings*</c> marks its terms as boxed.</param>
    /// <param name="mapper">Maps ingredient names.</param>
    /// <param name="importedAt">Time stamp stored with the source.</param>
    /// <param name="version">Release shown in the source name and period (e.g. <c>v2.1.0</c>); null when unknown.</param>
    public static SourceImportResult Import(IReadOnlyList<string> paths, SourceNameMapper mapper, DateTimeOffset importedAt, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(mapper);
        var tally = new ImportTally();
        var entries = new Dictionary<(string Ingredient, string Term), LabelAccumulator>();
        foreach (var path in paths)
        {
            var boxed = Path.GetFileName(path).StartsWith("boxed", StringComparison.OrdinalIgnoreCase);
            using var reader = DelimitedText.Open(path);
            var header = reader.ReadLine();
            if (header is null || !header.Trim().Equals(Header, StringComparison.OrdinalIgnoreCase))
            {
                return SourceImportResult.Fail($"{Path.GetFileName(path)}:1: not an OnSIDES ingredient file (expected header '{Header}')");
            }

            foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
            {
                tally.Read++;
                var c = CultureInfo.InvariantCulture;
                if (f.Length != 7)
                {
                    tally.Reject(path, lineNo, $"expected 7 columns, got {f.Length}");
                    continue;
                }

                if (!int.TryParse(f[2], NumberStyles.Integer, c, out var parts) || parts < 1)
                {
                    tally.Reject(path, lineNo, $"num_ingredients '{f[2]}' is not a positive integer");
                    continue;
                }

                if (parts > 1)
                {
                    tally.Reject(path, lineNo, $"combination of {parts} ingredients ({f[1]}): its effects cannot be given to one ingredient");
                    continue;
                }

                if (!double.TryParse(f[5], NumberStyles.Float, c, out var share) || share is < 0 or > 1 || !int.TryParse(f[6], NumberStyles.Integer, c, out var labels) || labels < 0)
                {
                    tally.Reject(path, lineNo, $"percent_labels '{f[5]}' must be 0–1 and num_labels '{f[6]}' a count");
                    continue;
                }

                var term = f[4].Trim();
                var ingredient = mapper.MapDrug(f[1], out var reason);
                if (ingredient is null || term.Length == 0)
                {
                    tally.Reject(path, lineNo, reason ?? "empty pt_meddra_term");
                    continue;
                }

                var key = (ingredient, term);
                if (!entries.TryGetValue(key, out var acc))
                {
                    acc = new LabelAccumulator();
                    entries[key] = acc;
                }

                acc.Share = Math.Max(acc.Share ?? 0, share);
                acc.Labels = Math.Max(acc.Labels ?? 0, labels);
                acc.Boxed |= boxed;
                tally.Accepted++;
            }
        }

        var list = entries.OrderBy(static e => e.Key.Ingredient, StringComparer.Ordinal).ThenBy(static e => e.Key.Term, StringComparer.Ordinal)
            .Select(static e => e.Value.ToEntry(e.Key.Ingredient, e.Key.Term)).ToList();
        var name = version is null ? SourceName : SourceName + " " + version;
        var info = new SourceInfo(
            name,
            EvidenceSourceKind.Onsides,
            [.. paths.Select(Path.GetFileName).OfType<string>()],
            version is null ? "US labels (release date not stated)" : $"US labels in OnSIDES {version}",
            EvidenceUnit.None,
            "MIT (OnSIDES release); MedDRA terms",
            "OnSIDES (ON-label SIDE effectS resource), Tatonetti Lab. https://github.com/tatonetti-lab/onsides",
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            ["Adverse reactions extracted from label text by a language model; no frequencies. percent_labels = share of the ingredient's labels listing the term."],
            importedAt);
        return SourceImportResult.Ok(new ImportedSource(info, list, [], null));
    }
}
