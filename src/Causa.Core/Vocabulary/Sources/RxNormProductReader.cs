namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads RxNorm product → ingredient tables: the tab-delimited <c>rxnorm-as-ingredient.tsv</c> of dhimmel/indications
/// (input_rxcui, input_tty, input_name, n_ingredients, ingredient_rxcui, ingredient_name, ...) and OnSIDES'
/// <c>rxnorm_product_to_ingredient.csv</c> (product_rx_cui, product_name, ..., ingredient_name, ...). Both hold one row per
/// product and ingredient; the rows of one product are gathered before the product is added.
/// </summary>
/// <remarks>
/// A branded product (SBD, "nebivolol 10 MG Oral Tablet [Bystolic]") adds its bracketed brand with the whole ingredient set;
/// a clinical product (SCD) adds only its ingredients, since its name is the ingredients themselves.
/// </remarks>
public static class RxNormProductReader
{
    /// <summary>True when the header line is that of one of the two tables.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool Recognises(string headerLine) =>
        headerLine is not null && headerLine.Contains("ingredient_name", StringComparison.OrdinalIgnoreCase) &&
        (headerLine.Contains("input_name", StringComparison.OrdinalIgnoreCase) || headerLine.Contains("product_name", StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds every ingredient, and every bracketed brand with its ingredient set, to the builder.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="headerLine">The header line (decides tab or comma separation and the column names).</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, string headerLine, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(headerLine);
        var tab = headerLine.Contains('\t', StringComparison.Ordinal);
        var columns = headerLine.Contains("input_name", StringComparison.OrdinalIgnoreCase)
            ? new[] { "input_rxcui", "input_name", "ingredient_name" }
            : ["product_rx_cui", "product_name", "ingredient_name"];
        var products = new Dictionary<string, (string Name, SortedSet<string> Ingredients)>(StringComparer.Ordinal);
        var result = DelimitedTable.Read(reader, fileName, VocabularySource.RxNorm, builder, tab ? DelimitedTable.On('\t') : DelimitedTable.Csv, columns, 3, (f, c) =>
        {
            var needed = c.Max() + 1;
            if (f.Count < needed)
            {
                return DelimitedTable.TooFewFields(f, needed);
            }

            var ingredient = f[c[2]].Trim().Trim('"');
            var id = f[c[0]].Trim();
            if (ingredient.Length == 0 || id.Length == 0)
            {
                return RowVerdict.Reject("blank product id or ingredient_name");
            }

            builder.AddIngredient(ingredient);
            if (!products.TryGetValue(id, out var product))
            {
                product = (f[c[1]].Trim().Trim('"'), new SortedSet<string>(StringComparer.Ordinal));
                products[id] = product;
            }

            product.Ingredients.Add(ingredient);
            return RowVerdict.Used;
        });

        foreach (var (name, ingredients) in products.Values)
        {
            var brand = BrandOf(name);
            if (brand is not null)
            {
                builder.AddProduct(brand, string.Join(';', ingredients), VocabularySource.RxNorm);
            }
        }

        return result;
    }

    /// <summary>The bracketed brand at the end of an RxNorm branded-drug name ("... Oral Tablet [Bystolic]" → "Bystolic"); null when none.</summary>
    /// <param name="rxNormName">An RxNorm SCD/SBD name.</param>
    public static string? BrandOf(string rxNormName)
    {
        ArgumentNullException.ThrowIfNull(rxNormName);
        var open = rxNormName.LastIndexOf('[');
        var close = rxNormName.LastIndexOf(']');
        return open >= 0 && close > open + 1 ? rxNormName[(open + 1)..close].Trim() : null;
    }
}
