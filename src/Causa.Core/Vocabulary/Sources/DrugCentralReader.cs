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
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        if (reader.ReadLine() is null)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        long rows = 0, rejected = 0;
        string? previous = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            rows++;
            var f = line.Split('\t');
            if (f.Length < 4)
            {
                rejected++;
                continue;
            }

            var name = DelimitedText.Unquote(f[1]);
            if (!string.Equals(name, previous, StringComparison.Ordinal))
            {
                builder.AddIngredient(name);
                previous = name;
            }
        }

        builder.AddSourceInfo(new VocabularySourceInfo(VocabularySource.DrugCentral, fileName, rows, rejected));
        return new VocabularyImportResult(fileName, VocabularySource.DrugCentral, rows, rejected, null);
    }

    /// <summary>Adds the class memberships of pharm_class.tsv (types EPC, MoA, PE and PA; CHEBI roles are skipped).</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the classes.</param>
    public static VocabularyImportResult ReadClasses(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        if (reader.ReadLine() is null)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        long rows = 0, rejected = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            rows++;
            var f = line.Split('\t');
            if (f.Length < 5 || string.IsNullOrWhiteSpace(f[1]) || string.IsNullOrWhiteSpace(f[4]))
            {
                rejected++;
                continue;
            }

            var type = DelimitedText.Unquote(f[2]);
            if (Array.IndexOf(ClassTypes, type) >= 0)
            {
                builder.AddClassMember(DelimitedText.Unquote(f[4]), type, DelimitedText.Unquote(f[1]));
            }
        }

        builder.AddSourceInfo(new VocabularySourceInfo(VocabularySource.DrugCentral, fileName, rows, rejected));
        return new VocabularyImportResult(fileName, VocabularySource.DrugCentral, rows, rejected, null);
    }
}
