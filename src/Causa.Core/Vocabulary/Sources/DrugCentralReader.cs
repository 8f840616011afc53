using Causa.Core.Text;

namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads DrugCentral's <c>identifiers.tsv</c> (DRUG_ID, DRUG_NAME, ID_TYPE, IDENTIFIER: drug names become ingredients) and
/// <c>pharm_class.tsv</c> (DRUG_ID, DRUG_NAME, TYPE, CLASS_SOURCE_ID, CLASS, SOURCE: class memberships for EPC, MoA, PE and
/// MeSH pharmacologic actions). Quoted fields are unquoted.
/// </summary>
public static class DrugCentralReader
{
    private static readonly string[] ClassTypes = ["EPC", "MoA", "PE", "PA"];

    /// <summary>True for the header of identifiers.tsv.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool RecognisesIdentifiers(string headerLine) =>
        headerLine is not null && headerLine.StartsWith("DRUG_ID\tDRUG_NAME\tID_TYPE", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the header of pharm_class.tsv.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool RecognisesClasses(string headerLine) =>
        headerLine is not null && headerLine.StartsWith("DRUG_ID\tDRUG_NAME\tTYPE\tCLASS_SOURCE_ID", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the drug names of identifiers.tsv as ingredients.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult ReadIdentifiers(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string? previous = null;
        return DelimitedTable.Read(reader, fileName, VocabularySource.DrugCentral, builder, DelimitedTable.On('\t'), ["DRUG_NAME"], 1, (f, c) =>
        {
            if (f.Count <= c[0])
            {
                return DelimitedTable.TooFewFields(f, c[0] + 1);
            }

            // Rows come grouped by drug: one ingredient per run of the same name.
            var name = DelimitedText.Unquote(f[c[0]]);
            if (!string.Equals(name, previous, StringComparison.Ordinal))
            {
                builder.AddIngredient(name);
                previous = name;
            }

            return RowVerdict.Used;
        });
    }


    /// <summary>Adds the class memberships of pharm_class.tsv (types EPC, MoA, PE and PA; CHEBI roles are skipped).</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the classes.</param>
    public static VocabularyImportResult ReadClasses(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return DelimitedTable.Read(reader, fileName, VocabularySource.DrugCentral, builder, DelimitedTable.On('\t'), ["DRUG_NAME", "TYPE", "CLASS"], 3, (f, c) =>
        {
            var (name, type, cls) = (c[0], c[1], c[2]);
            if (f.Count <= Math.Max(name, Math.Max(type, cls)))
            {
                return DelimitedTable.TooFewFields(f, Math.Max(name, Math.Max(type, cls)) + 1);
            }

            if (string.IsNullOrWhiteSpace(f[name]) || string.IsNullOrWhiteSpace(f[cls]))
            {
                return RowVerdict.Reject("blank drug or class name");
            }

            var kind = DelimitedText.Unquote(f[type]);
            if (Array.IndexOf(ClassTypes, kind) < 0)
            {
                return RowVerdict.Skip("class type not used: " + kind);
            }

            builder.AddClassMember(DelimitedText.Unquote(f[cls]), kind, DelimitedText.Unquote(f[name]));
            return RowVerdict.Used;
        });
    }

}
