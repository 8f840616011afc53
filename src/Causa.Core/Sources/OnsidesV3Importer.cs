using System.Globalization;
using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Reads OnSIDES v3 releases (the <c>csv/</c> folder of the release zip): labels (<c>product_label</c>), the effects
/// found in them (<c>product_adverse_effect</c>), and the vocabulary tables that lead from a label to its RxNorm
/// ingredients (<c>product_to_rxnorm</c>, <c>vocab_rxnorm_ingredient_to_product</c>, <c>vocab_rxnorm_ingredient</c>) and
/// from an effect id to its MedDRA name (<c>vocab_meddra_adverse_effect</c>).
/// </summary>
/// <remarks>
/// <para>Gives the same entries as the v2 tables: for each single ingredient and MedDRA term, the share of the
/// ingredient's US labels whose adverse-reactions section lists the term, and whether a boxed warning does. Only US
/// (DailyMed) labels count, as in v2; EU, UK and Japanese labels are read and skipped. A label whose products lead to
/// more than one ingredient is skipped (its effects cannot be given to one ingredient), as are effects of the warnings
/// and precautions section (Causa reads adverse reactions and boxed warnings).</para>
/// <para>Memory grows with labels and distinct (label, term) pairs of the adverse-effect table (about 7 million rows in
/// the 2025 release: a few hundred MB while importing).</para>
/// </remarks>
public static class OnsidesV3Importer
{
    /// <summary>The tables a v3 import needs, by file name without extension.</summary>
    public static readonly IReadOnlyList<string> RequiredTables =
        ["product_label", "product_adverse_effect", "product_to_rxnorm", "vocab_rxnorm_ingredient_to_product", "vocab_rxnorm_ingredient", "vocab_meddra_adverse_effect"];

    /// <summary>Release tables read as part of a v3 folder but not needed (the product vocabulary, the derived high-confidence list).</summary>
    public static readonly IReadOnlyList<string> OptionalTables = ["vocab_rxnorm_product", "high_confidence"];

    /// <summary>The v3 table <paramref name="path"/> holds, or null when its name is not one of the release's tables.</summary>
    public static string? TableOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".csv.gz", ".csv" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var stem = name[..^suffix.Length];
                return RequiredTables.Concat(OptionalTables).FirstOrDefault(t => t.Equals(stem, StringComparison.OrdinalIgnoreCase));
            }
        }

        return null;
    }

    /// <summary>Imports one v3 release from its table files.</summary>
    /// <param name="paths">The release's CSV files (each table once); unknown files fail the import.</param>
    /// <param name="mapper">Maps ingredient names.</param>
    /// <param name="importedAt">Time stamp stored with the source.</param>
    /// <param name="version">Release shown in the source name (e.g. <c>v3.1.0</c>); null when unknown.</param>
    public static SourceImportResult Import(IReadOnlyList<string> paths, SourceNameMapper mapper, DateTimeOffset importedAt, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(mapper);
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var table = TableOf(path);
            if (table is null || !tables.TryAdd(table, path))
            {
                return SourceImportResult.Fail(table is null
                    ? $"{Path.GetFileName(path)}: not an OnSIDES v3 table"
                    : $"{Path.GetFileName(path)}: OnSIDES v3 table '{table}' given twice");
            }
        }

        var missing = RequiredTables.Where(t => !tables.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            return SourceImportResult.Fail($"OnSIDES v3: missing {string.Join(", ", missing.Select(static m => m + ".csv"))} (give the release's whole csv folder)");
        }

        (string Table, string[] Columns)[] needed =
        [
            ("vocab_meddra_adverse_effect", ["meddra_id", "meddra_name"]),
            ("vocab_rxnorm_ingredient", ["rxnorm_id", "rxnorm_name"]),
            ("vocab_rxnorm_ingredient_to_product", ["product_id", "ingredient_id"]),
            ("product_to_rxnorm", ["label_id", "rxnorm_product_id"]),
            ("product_label", ["label_id", "source"]),
            ("product_adverse_effect", ["product_label_id", "label_section", "effect_meddra_id"]),
        ];
        foreach (var (table, columns) in needed)
        {
            var header = DelimitedText.Split(DelimitedText.FirstLine(tables[table])?.TrimStart('\uFEFF') ?? string.Empty, ',');
            var absent = columns.Where(c => DelimitedText.IndexOf(header, c) < 0).ToList();
            if (absent.Count > 0)
            {
                return SourceImportResult.Fail($"{Path.GetFileName(tables[table])}:1: not the OnSIDES v3 {table} table (no column {string.Join(", ", absent)})");
            }
        }

        var tally = new ImportTally();
        var meddra = ReadPairs(tables["vocab_meddra_adverse_effect"], "meddra_id", "meddra_name", tally);
        var ingredientNames = ReadPairs(tables["vocab_rxnorm_ingredient"], "rxnorm_id", "rxnorm_name", tally);
        var ingredientsOfProduct = ReadMany(tables["vocab_rxnorm_ingredient_to_product"], "product_id", "ingredient_id", tally);
        var productsOfLabel = ReadMany(tables["product_to_rxnorm"], "label_id", "rxnorm_product_id", tally);
        var usLabels = ReadUsLabels(tables["product_label"], tally);
        foreach (var optional in OptionalTables.Where(tables.ContainsKey))
        {
            // Read for the row count only: every row of a given file is accounted for.
            foreach (var _ in DelimitedText.DataRows(tables[optional], ','))
            {
                tally.Read++;
                tally.Skipped++;
            }
        }

        // Each US label's one ingredient (null when its products lead to none or to several).
        var ingredientOfLabel = new Dictionary<string, string?>(StringComparer.Ordinal);
        var labelsOfIngredient = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in usLabels)
        {
            var ingredients = productsOfLabel.GetValueOrDefault(label, [])
                .SelectMany(p => ingredientsOfProduct.GetValueOrDefault(p, []))
                .Distinct(StringComparer.Ordinal).ToList();
            string? ingredient = null;
            if (ingredients.Count == 1 && ingredientNames.TryGetValue(ingredients[0], out var rxnormName))
            {
                ingredient = mapper.MapDrug(rxnormName, out _);
            }

            ingredientOfLabel[label] = ingredient;
            if (ingredient is not null)
            {
                labelsOfIngredient[ingredient] = labelsOfIngredient.GetValueOrDefault(ingredient) + 1;
            }
        }

        var seen = new HashSet<(string Label, string Term, bool Boxed)>();
        var effects = tables["product_adverse_effect"];
        using (var reader = DelimitedText.Open(effects))
        {
            var header = DelimitedText.Split(reader.ReadLine() ?? string.Empty, ',');
            int labelAt = DelimitedText.IndexOf(header, "product_label_id"), sectionAt = DelimitedText.IndexOf(header, "label_section"), effectAt = DelimitedText.IndexOf(header, "effect_meddra_id");

            foreach (var (lineNo, _, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
            {
                tally.Read++;
                if (f.Length != header.Length)
                {
                    tally.Reject(effects, lineNo, $"expected {header.Length} columns, got {f.Length}");
                    continue;
                }

                var label = f[labelAt].Trim();
                var section = f[sectionAt].Trim().ToUpperInvariant();
                if (!ingredientOfLabel.TryGetValue(label, out var ingredient) || ingredient is null || section is not ("AR" or "BW"))
                {
                    // Non-US labels, labels of several ingredients, and warnings and precautions: read, not used.
                    tally.Skipped++;
                    continue;
                }

                if (!meddra.TryGetValue(f[effectAt].Trim(), out var term))
                {
                    tally.Reject(effects, lineNo, $"effect_meddra_id '{f[effectAt]}' is not in vocab_meddra_adverse_effect");
                    continue;
                }

                seen.Add((label, term, section == "BW"));
                tally.Accepted++;
            }
        }

        var entries = new Dictionary<(string Ingredient, string Term), (int Labels, bool Boxed)>();
        foreach (var (label, term, boxed) in seen)
        {
            var key = (ingredientOfLabel[label]!, term);
            var known = entries.GetValueOrDefault(key);
            entries[key] = boxed ? (known.Labels, true) : (known.Labels + 1, known.Boxed);
        }

        var list = entries.OrderBy(static e => e.Key.Ingredient, StringComparer.Ordinal).ThenBy(static e => e.Key.Term, StringComparer.Ordinal)
            .Select(e =>
            {
                var labels = labelsOfIngredient[e.Key.Ingredient];
                var accumulator = new LabelAccumulator { Boxed = e.Value.Boxed };
                if (e.Value.Labels > 0)
                {
                    accumulator.Share = (double)e.Value.Labels / labels;
                    accumulator.Labels = labels;
                }

                return accumulator.ToEntry(e.Key.Ingredient, e.Key.Term);
            }).ToList();
        var name = version is null ? OnsidesImporter.SourceName : OnsidesImporter.SourceName + " " + version;
        var info = new SourceInfo(
            name,
            EvidenceSourceKind.Onsides,
            [.. paths.Select(Path.GetFileName).OfType<string>()],
            version is null ? "US labels (OnSIDES v3 release; date not stated)" : $"US labels in OnSIDES {version}",
            EvidenceUnit.None,
            "MIT (OnSIDES release); MedDRA terms",
            "OnSIDES (ON-label SIDE effectS resource), Tatonetti Lab. Tanaka Y et al., Med 2025;100642. https://github.com/tatonetti-lab/onsides",
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            [string.Create(CultureInfo.InvariantCulture, $"Adverse reactions and boxed warnings extracted from label text by a language model; no frequencies. Share = the ingredient's US labels listing the term in adverse reactions ({labelsOfIngredient.Count:N0} ingredients from {usLabels.Count:N0} US labels; EU, UK and Japanese labels, labels of several ingredients and warnings-and-precautions effects are read and skipped).")],
            importedAt);
        return SourceImportResult.Ok(new ImportedSource(info, list, [], null));
    }

    private static Dictionary<string, string> ReadPairs(string path, string keyColumn, string valueColumn, ImportTally tally)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value, lineNo) in Rows(path, keyColumn, valueColumn, tally))
        {
            if (!map.TryAdd(key, value))
            {
                tally.Reject(path, lineNo, $"{keyColumn} '{key}' appears twice");
                continue;
            }

            tally.Accepted++;
        }

        return map;
    }

    private static Dictionary<string, List<string>> ReadMany(string path, string keyColumn, string valueColumn, ImportTally tally)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value, _) in Rows(path, keyColumn, valueColumn, tally))
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(value);
            tally.Accepted++;
        }

        return map;
    }

    private static List<string> ReadUsLabels(string path, ImportTally tally)
    {
        var labels = new List<string>();
        foreach (var (label, source, _) in Rows(path, "label_id", "source", tally))
        {
            if (source.Equals("US", StringComparison.OrdinalIgnoreCase))
            {
                labels.Add(label);
                tally.Accepted++;
            }
            else
            {
                tally.Skipped++;
            }
        }

        return labels;
    }

    // The (key, value, line) of every well-formed row; a row without both is rejected with its line. Headers were checked.
    private static IEnumerable<(string Key, string Value, long Line)> Rows(string path, string keyColumn, string valueColumn, ImportTally tally)
    {
        using var reader = DelimitedText.Open(path);
        var header = DelimitedText.Split(reader.ReadLine() ?? string.Empty, ',');
        int keyAt = DelimitedText.IndexOf(header, keyColumn), valueAt = DelimitedText.IndexOf(header, valueColumn);

        foreach (var (lineNo, _, f) in DelimitedText.DataRows(reader, ',', linesRead: 1))
        {
            tally.Read++;
            var key = f.Length > keyAt ? f[keyAt].Trim() : string.Empty;
            var value = f.Length > valueAt ? f[valueAt].Trim() : string.Empty;
            if (key.Length == 0 || value.Length == 0)
            {
                tally.Reject(path, lineNo, $"empty {keyColumn} or {valueColumn}");
                continue;
            }

            yield return (key, value, lineNo);
        }
    }
}
