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
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var header = reader.ReadLine()?.Split('\t');
        if (header is null)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        var name = DelimitedText.IndexOf(header, "DrugName");
        var active = DelimitedText.IndexOf(header, "ActiveIngredient");
        if (name < 0 || active < 0)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}, line 1: missing column DrugName or ActiveIngredient");
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
            if (f.Length <= Math.Max(name, active) || string.IsNullOrWhiteSpace(f[active]))
            {
                rejected++;
                continue;
            }

            builder.AddProduct(f[name], f[active], VocabularySource.DrugsAtFda);
        }

        var result = new VocabularyImportResult(fileName, VocabularySource.DrugsAtFda, rows, rejected, null);
        builder.AddSourceInfo(new VocabularySourceInfo(VocabularySource.DrugsAtFda, fileName, rows, rejected));
        return result;
    }
}
