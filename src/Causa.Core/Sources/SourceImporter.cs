using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Recognises evidence-source files from their names and first lines, groups the files that belong to one source
/// (SIDER's three files, OnSIDES files, the parts of one count table) and imports each group.
/// </summary>
public static class SourceImporter
{
    /// <summary>Detects the kind of one file or folder; null when it is not recognised.</summary>
    /// <param name="path">A file (optionally .gz) or a folder (a folder is a count table's parts).</param>
    public static EvidenceSourceKind? Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return EvidenceSourceKind.Counts;
        }

        var name = Path.GetFileName(path);
        if (name.StartsWith("drug_names", StringComparison.OrdinalIgnoreCase) || name.StartsWith("meddra_all_se", StringComparison.OrdinalIgnoreCase) || name.StartsWith("meddra_freq", StringComparison.OrdinalIgnoreCase))
        {
            return EvidenceSourceKind.Sider;
        }

        if (OnsidesV3Importer.TableOf(path) is not null)
        {
            return EvidenceSourceKind.Onsides;
        }

        if (name.StartsWith(SiderIndicationImporter.FilePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return EvidenceSourceKind.SiderIndications;
        }

        var first = DelimitedText.FirstLine(path)?.TrimStart('\uFEFF');
        if (first is null)
        {
            return null;
        }

        if (first.Trim().Equals(OnsidesImporter.Header, StringComparison.OrdinalIgnoreCase))
        {
            return EvidenceSourceKind.Onsides;
        }

        if (first.StartsWith(IndicationImporter.DrugCentralHeader, StringComparison.Ordinal))
        {
            return EvidenceSourceKind.DrugCentral;
        }

        if (first.StartsWith(IndicationImporter.MediHeader, StringComparison.Ordinal))
        {
            return EvidenceSourceKind.Medi;
        }

        if (first.StartsWith(IndicationImporter.PharmacotherapyDbHeader, StringComparison.Ordinal))
        {
            return EvidenceSourceKind.PharmacotherapyDb;
        }

        return CountTableImporter.Recognises(first) ? EvidenceSourceKind.Counts : null;
    }

    /// <summary>Imports every source among <paramref name="paths"/>.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="kind">The kind of all of them, or null to detect each.</param>
    /// <param name="mapper">Maps names to ingredients and terms.</param>
    /// <param name="importedAt">Time stamp stored with each source.</param>
    /// <returns>One result per source found, in the order of the first file of each; a failure names the file and line.</returns>
    public static IReadOnlyList<SourceImportResult> Import(IReadOnlyList<string> paths, EvidenceSourceKind? kind, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(mapper);
        var results = new List<SourceImportResult>();
        var groups = new List<(EvidenceSourceKind Kind, string Key, List<string> Paths)>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                results.Add(SourceImportResult.Fail($"{path}: no such file or folder"));
                continue;
            }

            var k = kind ?? Detect(path);
            if (k is null)
            {
                results.Add(SourceImportResult.Fail($"{path}:1: not a source Causa recognises (SIDER, OnSIDES, DrugCentral, MEDI, PharmacotherapyDB, count table); give --kind if it is one"));
                continue;
            }

            var key = k.Value switch
            {
                EvidenceSourceKind.Sider => k.Value.ToString(),
                EvidenceSourceKind.Onsides => "onsides:" + Path.GetDirectoryName(Path.GetFullPath(path)),
                EvidenceSourceKind.Counts when IsWholeCountTable(path) => path,
                EvidenceSourceKind.Counts => "counts:" + (Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))),
                _ => path,
            };
            var group = groups.FindIndex(g => g.Key == key);
            if (group < 0)
            {
                groups.Add((k.Value, key, [path]));
            }
            else
            {
                groups[group].Paths.Add(path);
            }
        }

        foreach (var (k, _, group) in groups)
        {
            results.Add(k switch
            {
                EvidenceSourceKind.Sider => SiderImporter.Import(group, mapper, importedAt),
                EvidenceSourceKind.Onsides when group.Any(static p => OnsidesV3Importer.TableOf(p) is not null) => OnsidesV3Importer.Import(group, mapper, importedAt, OnsidesVersion(group[0])),
                EvidenceSourceKind.Onsides => OnsidesImporter.Import(group, mapper, importedAt, OnsidesVersion(group[0])),
                EvidenceSourceKind.DrugCentral => Single(group, p => IndicationImporter.ImportDrugCentral(p, mapper, importedAt)),
                EvidenceSourceKind.Medi => Single(group, p => IndicationImporter.ImportMedi(p, mapper, importedAt)),
                EvidenceSourceKind.PharmacotherapyDb => Single(group, p => IndicationImporter.ImportPharmacotherapyDb(p, mapper, importedAt)),
                EvidenceSourceKind.SiderIndications => Single(group, p => SiderIndicationImporter.Import(p, mapper, importedAt)),
                _ => CountTableImporter.Import(group, mapper, importedAt),
            });
        }

        return results;
    }

    private static SourceImportResult Single(List<string> group, Func<string, SourceImportResult> import) => import(group[0]);

    /// <summary>
    /// Whether a count-table file is a whole source (a matrix or a 2x2 table) rather than one part of a table that comes
    /// in several files of one folder (as the TAKMU and openFDA tables do); false for a folder.
    /// </summary>
    public static bool IsWholeCountTable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return false;
        }

        var first = DelimitedText.FirstLine(path) ?? string.Empty;
        return !first.StartsWith("pt,", StringComparison.Ordinal) && !first.StartsWith("generic_name,", StringComparison.Ordinal) && !first.StartsWith("reaction_term,", StringComparison.Ordinal)
            && !first.StartsWith("safetyreportid,", StringComparison.OrdinalIgnoreCase);
    }

    private static string? OnsidesVersion(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty);
        var at = folder.IndexOf("_v", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var v = folder[(at + 1)..];
            var end = v.IndexOf('_', StringComparison.Ordinal);
            return end > 0 ? v[..end] : v;
        }

        return null;
    }
}
