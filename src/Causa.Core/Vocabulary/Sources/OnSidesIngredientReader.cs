namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads OnSIDES' label ingredient list <c>ingredients.csv</c> (set_id, ingredient_rx_cui, ingredient_name,
/// ingredient_omop_concept_id): RxNorm ingredient names as used on US labels.
/// </summary>
public static class OnSidesIngredientReader
{
    /// <summary>True when the header line is that of OnSIDES ingredients.csv.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool Recognises(string headerLine) =>
        headerLine is not null && headerLine.Contains("ingredient_rx_cui", StringComparison.OrdinalIgnoreCase) &&
        headerLine.Contains("ingredient_name", StringComparison.OrdinalIgnoreCase) &&
        !headerLine.Contains("product_name", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds every ingredient name to the builder.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return DelimitedTable.Read(reader, fileName, VocabularySource.RxNorm, builder, DelimitedTable.Csv, ["ingredient_name"], 1, (f, c) =>
        {
            if (f.Count <= c[0])
            {
                return DelimitedTable.TooFewFields(f, c[0] + 1);
            }

            var name = f[c[0]].Trim().Trim('"');
            if (name.Length == 0)
            {
                return RowVerdict.Reject("blank ingredient_name");
            }

            builder.AddIngredient(name);
            return RowVerdict.Used;
        });
    }
}
