namespace Causa.Core.Vocabulary.Sources;

/// <summary>Reads Drugs@FDA <c>Products.txt</c> (tab-delimited: ApplNo, ProductNo, Form, Strength, ReferenceDrug, DrugName, ActiveIngredient, ReferenceStandard).</summary>
public static class DrugsAtFdaProductsReader
{
    /// <summary>True when the header line is that of Products.txt.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool Recognises(string headerLine) =>
        headerLine is not null && headerLine.TrimStart('\uFEFF').StartsWith("ApplNo\tProductNo", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds every product (DrugName → ActiveIngredient) to the builder.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return DelimitedTable.Read(reader, fileName, VocabularySource.DrugsAtFda, builder, DelimitedTable.On('\t'), ["DrugName", "ActiveIngredient"], 2, (f, c) =>
        {
            if (f.Count <= Math.Max(c[0], c[1]))
            {
                return DelimitedTable.TooFewFields(f, Math.Max(c[0], c[1]) + 1);
            }

            if (string.IsNullOrWhiteSpace(f[c[1]]))
            {
                return RowVerdict.Reject("blank ActiveIngredient");
            }

            builder.AddProduct(f[c[0]], f[c[1]], VocabularySource.DrugsAtFda);
            return RowVerdict.Used;
        });
    }

}
