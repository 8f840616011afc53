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
        ArgumentNullException.ThrowIfNull(builder);
        return DelimitedTable.Read(reader, fileName, VocabularySource.RxNorm, builder, DelimitedTable.On('\t'), ["concept_name", "concept_class_id", "vocabulary_id"], 2, (f, c) =>
        {
            if (f.Count <= Math.Max(c[0], c[1]))
            {
                return DelimitedTable.TooFewFields(f, Math.Max(c[0], c[1]) + 1);
            }

            if (string.IsNullOrWhiteSpace(f[c[0]]))
            {
                return RowVerdict.Reject("blank concept_name");
            }

            if (!string.Equals(f[c[1]].Trim(), "Ingredient", StringComparison.OrdinalIgnoreCase))
            {
                return RowVerdict.Skip("not an Ingredient concept");
            }

            // RxNorm Extension holds many non-US products and descriptive names; RxNorm and SPL ingredients are the reliable core.
            if (c[2] >= 0 && c[2] < f.Count && f[c[2]].Contains("Extension", StringComparison.OrdinalIgnoreCase))
            {
                return RowVerdict.Skip("RxNorm Extension concept");
            }

            builder.AddIngredient(f[c[0]]);
            return RowVerdict.Used;
        });
    }

}
