using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Causa.Core.Text;

namespace Causa.Core.Sources;

/// <summary>
/// Reads the indication sources: DrugCentral <c>drug_indication.tsv</c>, MEDI (<c>MEDI_*_UMLS.csv(.gz)</c> or the
/// high-precision subset <c>MEDI_*_HPS*.csv</c>) and PharmacotherapyDB <c>indications.tsv</c>. Conditions are mapped to
/// preferred terms through the <see cref="SourceNameMapper"/>; an unmapped condition is kept (it still matches a term
/// written the same way) and listed with its reason.
/// </summary>
public static partial class IndicationImporter
{
    /// <summary>DrugCentral header start.</summary>
    public const string DrugCentralHeader = "DRUG_ID\tDRUG_NAME\tINDICATION_FDB";

    /// <summary>MEDI header start (both the full file and the high-precision subset).</summary>
    public const string MediHeader = "RXCUI_IN,DRUG_DESC";

    /// <summary>PharmacotherapyDB header.</summary>
    public const string PharmacotherapyDbHeader = "doid_id\tdrugbank_id\tdisease\tdrug\tcategory";

    /// <summary>Imports a DrugCentral indication file (on-label indications).</summary>
    public static SourceImportResult ImportDrugCentral(string path, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        return Read(path, DrugCentralHeader, '\t', mapper, (f, t) =>
        {
            if (f.Length < 3)
            {
                return (null, null, default, 0, $"expected at least 3 columns, got {f.Length}");
            }

            return (f[1], f[2], IndicationCategory.OnLabel, 0, null);
        }, tally => new SourceInfo(
            "DrugCentral indications",
            EvidenceSourceKind.DrugCentral,
            [Path.GetFileName(path)],
            "approved US labels as of 2016 (DrugCentral 2016)",
            EvidenceUnit.None,
            "CC BY 4.0",
            "Ursu O, et al. DrugCentral: online drug compendium. Nucleic Acids Res. 2017;45(D1):D932-D939. https://drugcentral.org",
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            Notes(tally, "On-label indications (FDB/OMOP)."),
            importedAt));
    }

    /// <summary>Imports a MEDI file: the full UMLS file (with HIGHPRECISIONSUBSET) or the high-precision subset.</summary>
    public static SourceImportResult ImportMedi(string path, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        int hpsColumn = -1, labelColumn = -1, descColumn = -1, resourcesColumn = -1;
        return Read(path, MediHeader, ',', mapper, (f, header) =>
        {
            if (labelColumn < 0)
            {
                hpsColumn = Array.IndexOf(header, "HIGHPRECISIONSUBSET");
                labelColumn = Array.IndexOf(header, "POSSIBLE_LABEL_USE");
                descColumn = Array.IndexOf(header, "INDICATION_DESCRIPTION");
                resourcesColumn = Array.IndexOf(header, "MENTIONEDBYRESOURCES");
                if (labelColumn < 0 || descColumn < 0)
                {
                    return (null, null, default, 0, "MEDI header lacks POSSIBLE_LABEL_USE or INDICATION_DESCRIPTION");
                }
            }

            if (f.Length != header.Length)
            {
                return (null, null, default, 0, $"expected {header.Length} columns, got {f.Length}");
            }

            var labelUse = f[labelColumn].Trim() == "1";
            var highPrecision = hpsColumn < 0 || f[hpsColumn].Trim() == "1";
            var resources = resourcesColumn >= 0 && int.TryParse(f[resourcesColumn], NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : 0;
            var category = !highPrecision ? IndicationCategory.LowPrecision : labelUse ? IndicationCategory.PossibleLabelUse : IndicationCategory.OffLabel;
            var desc = f[descColumn].Trim();
            return desc.Length == 0
                ? (null, null, default, 0, "empty INDICATION_DESCRIPTION (ICD-9 range without a name)")
                : (f[1], desc, category, resources, null);
        }, tally => new SourceInfo(
            "MEDI",
            EvidenceSourceKind.Medi,
            [Path.GetFileName(path)],
            "indication resources as of January 2013 (MEDI 01212013)",
            EvidenceUnit.None,
            "CC BY-NC-SA 3.0 (non-commercial)",
            "Wei WQ, et al. Development and evaluation of an ensemble resource linking medications to their indications. J Am Med Inform Assoc. 2013;20(5):954-61.",
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            Notes(tally, "POSSIBLE_LABEL_USE = 1 → possible label use; 0 → curated off-label use; rows outside the high-precision subset are shown but not counted."),
            importedAt));
    }

    /// <summary>Imports PharmacotherapyDB (DM disease-modifying, SYM symptomatic, NOT not an indication).</summary>
    public static SourceImportResult ImportPharmacotherapyDb(string path, SourceNameMapper mapper, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        return Read(path, PharmacotherapyDbHeader, '\t', mapper, (f, _) =>
        {
            if (f.Length < 5)
            {
                return (null, null, default, 0, $"expected at least 5 columns, got {f.Length}");
            }

            IndicationCategory? category = f[4].Trim() switch
            {
                "DM" => IndicationCategory.DiseaseModifying,
                "SYM" => IndicationCategory.Symptomatic,
                "NOT" => IndicationCategory.NotIndication,
                _ => null,
            };
            if (category is null)
            {
                return (null, null, default, 0, $"category '{f[4]}' is not DM, SYM or NOT");
            }

            var curators = f.Length > 5 && int.TryParse(f[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
            return (f[3], f[2], category.Value, curators, null);
        }, tally => new SourceInfo(
            "PharmacotherapyDB",
            EvidenceSourceKind.PharmacotherapyDb,
            [Path.GetFileName(path)],
            "physician curation of 2016 (PharmacotherapyDB 1.0)",
            EvidenceUnit.None,
            "CC0",
            "Himmelstein DS, et al. PharmacotherapyDB 1.0: the open catalog of drug therapies for disease. figshare 2016. doi:10.6084/m9.figshare.3103054",
            tally.Read,
            tally.Accepted,
            tally.Skipped,
            tally.Rejected,
            tally.Rejections,
            Notes(tally, "DM = disease-modifying, SYM = symptomatic, NOT = curated as not an indication."),
            importedAt));
    }

    /// <summary>Cleans an indication description for term mapping: the part before ';', without NOS / NEC / unspecified / (ADDED).</summary>
    /// <remarks>Answers clean wordings as they are matched (related questions, the evidence lines), so an ASCII wording,
    /// which is nearly every one, is cleaned by a plain scan that does what <see cref="NoiseWords"/> does; only a wording
    /// with other characters goes through the regular expression, whose word boundaries and case rules beyond ASCII the
    /// scan does not copy.</remarks>
    public static string CleanCondition(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Split(';')[0];
        head = Ascii.IsValid(head) ? RemoveNoiseAscii(head) : NoiseWords().Replace(head, " ");
        return string.Join(' ', head.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary><see cref="NoiseWords"/>' replacement for ASCII text: every "(ADDED)", and NOS, NEC, unspecified and
    /// "not elsewhere classified" as whole words (no letter, digit or underscore on either side), any case, each replaced
    /// by one space, scanning left to right.</summary>
    private static string RemoveNoiseAscii(string text)
    {
        StringBuilder? cleaned = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = NoiseAt(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            cleaned ??= new StringBuilder(text.Length);
            cleaned.Append(text, copied, i - copied).Append(' ');
            i += length;
            copied = i;
        }

        return cleaned is null ? text : cleaned.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The length of the noise match starting at <paramref name="i"/>, or 0.</summary>
    private static int NoiseAt(string text, int i)
    {
        if (At(text, i, "(ADDED)"))
        {
            return 7;
        }

        if (i > 0 && IsAsciiWordChar(text[i - 1]))
        {
            return 0;
        }

        foreach (var word in NoiseWordList)
        {
            var end = i + word.Length;
            if (At(text, i, word) && (end == text.Length || !IsAsciiWordChar(text[end])))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static readonly string[] NoiseWordList = ["NOS", "NEC", "unspecified", "not elsewhere classified"];

    private static bool At(string text, int i, string word) =>
        i + word.Length <= text.Length && text.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static List<string> Notes(ImportTally tally, string what)
    {
        var notes = new List<string> { what };
        if (tally.Unmapped > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{tally.Unmapped:N0} row(s) name a condition with no MedDRA preferred term; kept, and matched only when a term is written the same way."));
        }

        return notes;
    }

    private static SourceImportResult Read(
        string path,
        string headerStart,
        char separator,
        SourceNameMapper mapper,
        Func<string[], string[], (string? Drug, string? Condition, IndicationCategory Category, int Resources, string? Error)> parse,
        Func<ImportTally, SourceInfo> describe)
    {
        var tally = new ImportTally();
        var entries = new Dictionary<(string, string, IndicationCategory), IndicationEntry>();
        using (var reader = DelimitedText.Open(path))
        {
            var headerLine = reader.ReadLine();
            if (headerLine is null || !headerLine.StartsWith(headerStart, StringComparison.Ordinal))
            {
                return SourceImportResult.Fail($"{Path.GetFileName(path)}:1: unexpected header; expected it to start with '{headerStart.Replace("\t", "<TAB>", StringComparison.Ordinal)}'");
            }

            var header = DelimitedText.Split(headerLine, separator);
            foreach (var (lineNo, _, fields) in DelimitedText.DataRows(reader, separator, linesRead: 1))
            {
                tally.Read++;
                var (drug, condition, category, resources, error) = parse(fields, header);
                if (error is not null || drug is null || condition is null)
                {
                    tally.Reject(path, lineNo, error ?? "missing drug or condition");
                    continue;
                }

                var ingredient = mapper.MapDrug(drug, out var drugReason);
                if (ingredient is null)
                {
                    tally.Reject(path, lineNo, drugReason ?? "unmapped drug");
                    continue;
                }

                var term = mapper.MapTerm(CleanCondition(condition), out var termReason);
                if (term is null)
                {
                    tally.NoteUnmapped(path, lineNo, termReason ?? "unmapped condition");
                }

                tally.Accepted++;
                var key = (ingredient, (term ?? condition).ToUpperInvariant(), category);
                if (entries.TryGetValue(key, out var existing))
                {
                    // Several ICD-9 rows of MEDI often name one condition: keep one entry with the most resources.
                    if (resources > existing.Resources)
                    {
                        entries[key] = existing with { Resources = resources };
                    }

                    continue;
                }

                entries[key] = new IndicationEntry(ingredient, term, condition.Trim(), category, resources);
            }
        }

        var list = entries.Values.OrderBy(static e => e.Ingredient, StringComparer.Ordinal).ThenBy(static e => e.Condition, StringComparer.Ordinal).ToList();
        return SourceImportResult.Ok(new ImportedSource(describe(tally), [], list, null));
    }

    [GeneratedRegex(@"\b(NOS|NEC|unspecified|not elsewhere classified|\(ADDED\))\b|\(ADDED\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoiseWords();
}
