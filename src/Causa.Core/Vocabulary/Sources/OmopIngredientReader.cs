namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads an OMOP CONCEPT extract of RxNorm ingredients (tab-delimited, header with concept_name and concept_class_id;
/// a leading unnamed pandas index column is tolerated). Only rows whose concept_class_id is "Ingredient" are used.
/// </summary>
public static class OmopIngredientReader
{
    /// <summary>True when the header line is that of an OMOP concept extract.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool Recognises(string headerLine) =>
        headerLine is not null && headerLine.Contains("concept_name", StringComparison.OrdinalIgnoreCase) &&
        headerLine.Contains("concept_class_id", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds every ingredient name to the builder.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var header = reader.ReadLine()?.Split('\t');
        if (header is null)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        var name = DelimitedText.IndexOf(header, "concept_name");
        var cls = DelimitedText.IndexOf(header, "concept_class_id");
        var vocabulary = DelimitedText.IndexOf(header, "vocabulary_id");
        if (name < 0 || cls < 0)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}, line 1: missing column concept_name or concept_class_id");
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
            if (f.Length <= Math.Max(name, cls) || string.IsNullOrWhiteSpace(f[name]))
            {
                rejected++;
                continue;
            }

            // RxNorm Extension holds many non-US products and descriptive names; RxNorm and SPL ingredients are the reliable core.
            if (!string.Equals(f[cls].Trim(), "Ingredient", StringComparison.OrdinalIgnoreCase) ||
                (vocabulary >= 0 && vocabulary < f.Length && f[vocabulary].Contains("Extension", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            builder.AddIngredient(f[name]);
        }

        builder.AddSourceInfo(new VocabularySourceInfo(VocabularySource.RxNorm, fileName, rows, rejected));
        return new VocabularyImportResult(fileName, VocabularySource.RxNorm, rows, rejected, null);
    }
}
