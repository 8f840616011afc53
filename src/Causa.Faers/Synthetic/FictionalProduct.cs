namespace Causa.Faers.Synthetic;

/// <summary>One fictional medicinal product: its ingredient(s), optional brand and salt, and its usual strength and form.</summary>
internal sealed class FictionalProduct
{
    /// <summary>Ingredient names without salt, e.g. ["ZOLVARIN"]; two for a combination product.</summary>
    public required string[] Ingredients { get; init; }

    /// <summary>The prod_ai text: "ZOLVARIN HYDROCHLORIDE", or "PELTAMIDE\ZOLVARIN" for a combination.</summary>
    public required string ActiveIngredient { get; init; }

    /// <summary>Brand name, e.g. "VELMORA"; null for an unbranded generic.</summary>
    public string? Brand { get; init; }

    /// <summary>Salt word(s), e.g. "HYDROCHLORIDE"; null when none.</summary>
    public string? Salt { get; init; }

    /// <summary>Usual strength in <see cref="Unit"/>.</summary>
    public required int Strength { get; init; }

    /// <summary>Strength unit: MG, UG or ML.</summary>
    public required string Unit { get; init; }

    /// <summary>Index into <see cref="FictionalCatalog.Forms"/>.</summary>
    public required int Form { get; init; }

    /// <summary>NDA/ANDA number as FDA prints it (digits).</summary>
    public required string NdaNumber { get; init; }

    /// <summary>Indices into the indication vocabulary this product is given for (1–3).</summary>
    public required int[] Indications { get; init; }

    /// <summary>True when the brand is sometimes written with a registered sign (a Windows-1252 byte in the file).</summary>
    public bool RegisteredSign { get; init; }

    /// <summary>
    /// Ways reporters write this product in DRUGNAME, indexed as <see cref="FictionalCatalog.NameVariantWeights"/>:
    /// ingredient, brand, salt form, ingredient with strength and form, brand with strength and form, mixed case,
    /// two misspellings, "BRAND (INGREDIENT)", and the brand with a registered sign (a Windows-1252 byte).
    /// </summary>
    public string[] NameVariants { get; set; } = [];

    /// <summary>The ingredient(s) as a drug name: "ZOLVARIN" or "PELTAMIDE AND ZOLVARIN".</summary>
    public string IngredientName => Ingredients.Length == 1 ? Ingredients[0] : string.Join(" AND ", Ingredients);
}
