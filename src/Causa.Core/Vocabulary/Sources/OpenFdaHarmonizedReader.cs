using System.Text.Json;

namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads openFDA's harmonized SPL records (JSON Lines: one object per line with <c>brand_name</c>, <c>generic_name</c>,
/// <c>substance_name</c>...): each brand with its substances ("; "-separated), or with its generic name when no substance is
/// listed. CC0 (FDA).
/// </summary>
public static class OpenFdaHarmonizedReader
{
    /// <summary>True when the first line is a JSON object with openFDA's harmonized fields.</summary>
    /// <param name="firstLine">First line of the file.</param>
    public static bool Recognises(string firstLine) =>
        firstLine is not null && firstLine.TrimStart().StartsWith('{') &&
        firstLine.Contains("\"brand_name\"", StringComparison.Ordinal) &&
        (firstLine.Contains("\"substance_name\"", StringComparison.Ordinal) || firstLine.Contains("\"generic_name\"", StringComparison.Ordinal));

    /// <summary>Adds every brand with its ingredients to the builder.</summary>
    /// <param name="reader">The file, at its first line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        return JsonLinesRows.Read(reader, fileName, line => ReadRecord(line, builder)).Finish(fileName, VocabularySource.OpenFda, builder);
    }

    private static (RowVerdictKind Kind, string? Reason) ReadRecord(string line, VocabularyBuilder builder)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (RowVerdictKind.Rejected, "not a JSON object");
            }

            var brand = Text(root, "brand_name");
            var substances = Text(root, "substance_name");
            var generic = Text(root, "generic_name");
            var ingredients = substances.Length > 0 ? substances : generic;
            if (ingredients.Length == 0)
            {
                return (RowVerdictKind.Skipped, "no substance or generic name");
            }

            if (brand.Length == 0)
            {
                builder.AddIngredient(ingredients);
                return (RowVerdictKind.Used, null);
            }

            builder.AddProduct(brand, ingredients, VocabularySource.OpenFda);
            return (RowVerdictKind.Used, null);
        }
        catch (JsonException)
        {
            return (RowVerdictKind.Rejected, "malformed JSON");
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : string.Empty;
}
