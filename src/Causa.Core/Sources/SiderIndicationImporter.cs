using System.Globalization;
using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Reads SIDER 4.1's <c>meddra_all_indications.tsv(.gz)</c>: conditions SIDER found in the text of drug labels, with how
/// it found them. Columns: STITCH compound id (flat), UMLS concept as found on the label, method of detection
/// (<c>NLP_indication</c>, <c>NLP_precondition</c>, <c>text_mention</c>), concept name, MedDRA concept type (LLT, PT, or
/// empty for a term that is neither), MedDRA UMLS concept, MedDRA name. Drugs are named through the
/// <c>drug_names.tsv</c> beside it.
/// </summary>
/// <remarks>
/// Only <c>NLP_indication</c> PT rows are used: the others name conditions the label merely mentions (symptoms of the
/// indication, adverse reactions) or the patients it speaks of ("in patients with renal impairment"), and are counted as
/// skipped; an <c>NLP_indication</c> LLT row repeats its PT row. The entries are label text found by a program, not an
/// approved-indication list: docs/EVIDENCE.md gives their place in the "does it help?" rule and why.
/// SIDER is CC BY-NC-SA 4.0: Causa imports it from the user's copy and never bundles it.
/// </remarks>
public static class SiderIndicationImporter
{
    /// <summary>Source name used in answers.</summary>
    public const string SourceName = "SIDER 4.1 indications";

    /// <summary>How file names of this source start.</summary>
    public const string FilePrefix = "meddra_all_indications";

    /// <summary>The method of detection whose rows are used.</summary>
    public const string IndicationMethod = "NLP_indication";

    private const int Columns = 7;

    /// <summary>Imports <paramref name="path"/> with the <c>drug_names.tsv</c> of the same folder.</summary>
    /// <param name="path">SIDER's <c>meddra_all_indications.tsv</c> or <c>.tsv.gz</c>.</param>
    /// <param name="mapper">Maps SIDER drug names to ingredients.</param>
    /// <param name="importedAt">Time stamp stored with the source.</param>
    /// <returns>The source (one entry per ingredient and preferred term), or a failure naming the file and line: no
    /// <c>drug_names.tsv</c> beside it, or a first line without SIDER's seven columns.</returns>
    public static SourceImportResult Import(string path, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapper);
        var file = Path.GetFileName(path);
        var namesPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "drug_names.tsv");
        if (!File.Exists(namesPath))
        {
            return SourceImportResult.Fail($"{file}: SIDER names its drugs by STITCH id; drug_names.tsv must be in the same folder ({Path.GetDirectoryName(namesPath)})");
        }

        var tally = new ImportTally();
        var ingredientOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var unmappedDrug = new Dictionary<string, string>(StringComparer.Ordinal);
        if (SiderImporter.ReadNames(namesPath, mapper, tally, ingredientOf, unmappedDrug) is { } namesError)
        {
            return SourceImportResult.Fail(namesError);
        }

        // drug_names.tsv rows are the name map, not evidence: the source's accounting is over the indication rows.
        var namesRejected = tally.Rejected;
        tally = new ImportTally();
        var entries = new Dictionary<(string Ingredient, string Term), IndicationEntry>();
        long mentions = 0, preconditions = 0, notPreferred = 0;
        using (var reader = DelimitedText.Open(path))
        {
            foreach (var (lineNo, line, f) in DelimitedText.DataRows(reader, '\t', linesRead: 0))
            {
                tally.Read++;
                if (f.Length != Columns)
                {
                    if (lineNo == 1)
                    {
                        return SourceImportResult.Fail($"{file}:1: expected {Columns} tab-separated columns (meddra_all_indications layout), got {f.Length}: '{SiderImporter.Truncate(line)}'");
                    }

                    tally.Reject(path, lineNo, $"expected {Columns} columns, got {f.Length}");
                    continue;
                }

                switch (f[2])
                {
                    case "text_mention":
                        mentions++;
                        tally.Skipped++;
                        continue;
                    case "NLP_precondition":
                        preconditions++;
                        tally.Skipped++;
                        continue;
                    case IndicationMethod:
                        break;
                    default:
                        tally.Reject(path, lineNo, $"method of detection '{f[2]}' is not NLP_indication, NLP_precondition or text_mention");
                        continue;
                }

                if (f[4] != "PT")
                {
                    // An LLT row repeats the label concept its PT row carries; a row of neither type names a MedDRA group.
                    notPreferred += f[4] == "LLT" ? 0 : 1;
                    tally.Skipped++;
                    continue;
                }

                if (!ingredientOf.TryGetValue(f[0], out var ingredient))
                {
                    tally.Reject(path, lineNo, unmappedDrug.TryGetValue(f[0], out var why) ? why : $"STITCH id {f[0]} is not in drug_names");
                    continue;
                }

                var term = f[6].Trim();
                if (term.Length == 0)
                {
                    tally.Reject(path, lineNo, "empty MedDRA name");
                    continue;
                }

                tally.Accepted++;
                // Several label concepts ("Depressive disorder", "Major Depressive Disorder") may map to one PT: one entry.
                entries.TryAdd((ingredient, term.ToUpperInvariant()), new IndicationEntry(ingredient, term, f[3].Trim(), IndicationCategory.MinedFromLabel, 0));
            }
        }

        var list = entries.Values.OrderBy(static e => e.Ingredient, StringComparer.Ordinal).ThenBy(static e => e.Term, StringComparer.Ordinal).ToList();
        var c = CultureInfo.InvariantCulture;
        var notes = new List<string>
        {
            "Indications found by text mining in the labels' wording (SIDER's NLP_indication rows, as MedDRA preferred terms): label text read by a program, not an approved-indication list. Counted as a label use only when no approved-indication source knows the drug; beside one that does, as off-label.",
            string.Create(c, $"{mentions:N0} text_mention and {preconditions:N0} NLP_precondition row(s) skipped: conditions the label only mentions (symptoms, adverse reactions) or the patients it speaks of, not uses."),
        };
        if (notPreferred > 0)
        {
            notes.Add(string.Create(c, $"{notPreferred:N0} NLP_indication row(s) name a MedDRA group that is neither a preferred nor a lowest-level term; skipped."));
        }

        if (namesRejected > 0)
        {
            notes.Add(string.Create(c, $"{namesRejected:N0} drug name(s) in drug_names.tsv name no single ingredient (combinations, non-drugs); their rows are rejected."));
        }

        var info = new SourceInfo(
            SourceName,
            EvidenceSourceKind.SiderIndications,
            [file, Path.GetFileName(namesPath)],
            SiderImporter.Period,
            EvidenceUnit.None,
            SiderImporter.Licence,
            SiderImporter.Citation,
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            notes,
            importedAt);
        return SourceImportResult.Ok(new ImportedSource(info, [], list, null));
    }
}
