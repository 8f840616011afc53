namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads OnSIDES' <c>rxnorm_mappings.csv</c> (SETID, SPL_VERSION, RXCUI, RXSTRING, RXTTY): RxNorm names of the products on
/// each label. A branded name ("naproxen 500 MG Oral Tablet [Naprosyn]", RXTTY SBD) adds its brand with the ingredients
/// written before the bracket; clinical names add nothing new (their ingredients are the names themselves) and are skipped.
/// </summary>
public static class RxNormMappingReader
{
    /// <summary>True when the header line is that of rxnorm_mappings.csv.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool Recognises(string headerLine) =>
        headerLine is not null && headerLine.Contains("RXSTRING", StringComparison.OrdinalIgnoreCase) &&
        headerLine.Contains("RXTTY", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds each branded product (brand → ingredients of its clinical part) to the builder.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return DelimitedTable.Read(reader, fileName, VocabularySource.RxNorm, builder, DelimitedTable.Csv, ["RXSTRING", "RXTTY"], 2, (f, c) =>
        {
            var needed = Math.Max(c[0], c[1]) + 1;
            if (f.Count < needed)
            {
                return DelimitedTable.TooFewFields(f, needed);
            }

            var name = f[c[0]].Trim().Trim('"');
            if (name.Contains('{', StringComparison.Ordinal))
            {
                // Packs ("{21 (drospirenone ...) / 7 (...) } Pack [Safyral]") list their parts' strengths inside braces.
                return RowVerdict.Skip("pack");
            }

            var brand = RxNormProductReader.BrandOf(name);
            if (brand is null)
            {
                return name.Length == 0 ? RowVerdict.Reject("blank RXSTRING") : RowVerdict.Skip("clinical (unbranded) name");
            }

            // "amlodipine 5 MG / olmesartan medoxomil 40 MG Oral Tablet": the cleaner splits on "/" and drops strengths and forms.
            builder.AddProduct(brand, name[..name.LastIndexOf('[')], VocabularySource.RxNorm);
            return RowVerdict.Used;
        });
    }
}
