using System.Globalization;
using System.Text;

namespace Causa.Faers.Synthetic;

/// <summary>
/// A deterministic set of fictional products with pronounceable names (ZOLVARIN, brand VELMORA), salts, strengths,
/// forms and indications, ranked by popularity (Zipf–Mandelbrot weights 1/(rank + 5)).
/// </summary>
internal sealed class FictionalCatalog
{
    /// <summary>Dose forms: abbreviation in drug names, dose_form text, route.</summary>
    public static readonly (string Short, string Long, string Route)[] Forms =
    [
        ("TAB", "Tablet", "Oral"),
        ("TABLETS", "Film-coated tablet", "Oral"),
        ("CAP", "Capsule", "Oral"),
        ("INJ", "Solution for injection", "Subcutaneous"),
        ("INJECTION", "Injection", "Intravenous (not otherwise specified)"),
        ("INFUSION", "Powder for solution for infusion", "Intravenous drip"),
        ("ORAL SOLUTION", "Oral solution", "Oral use"),
        ("CREAM", "Cream", "Topical"),
        ("INHALER", "Inhalation powder", "Respiratory (inhalation)"),
    ];

    /// <summary>Relative frequency of each of <see cref="FictionalProduct.NameVariants"/> (the last one only with quirks on).</summary>
    public static readonly double[] NameVariantWeights = [33, 27, 10, 10, 8, 5, 2, 2, 3];

    /// <summary>Index of the registered-sign variant in <see cref="FictionalProduct.NameVariants"/>.</summary>
    public const int RegisteredSignVariant = 9;

    private static readonly double[] FormWeights = [30, 12, 14, 14, 9, 8, 5, 4, 4];
    private static readonly string[] Onsets = ["B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "BR", "CL", "DR", "FL", "GR", "PR", "TR", "ST", "QU"];
    private static readonly string[] FirstOnsets = ["Z", "V", "K", "X", "QU", "ZV", "KR", "VR", "ZY"];
    private static readonly string[] Vowels = ["A", "E", "I", "O", "U", "A", "E", "O"];
    private static readonly string[] Codas = ["L", "N", "R", "S", "X", "M"];
    private static readonly string[] IngredientSuffixes = ["ARIN", "OLOL", "APRIL", "ETINE", "AZOLE", "IMAB", "UMAB", "TINIB", "ORIDE", "AVIR", "OXACIN", "ASTAT", "IDONE", "AMIDE", "ELANT", "OPRAM", "ISTAN", "AFIL", "OXIB", "ULIN"];
    private static readonly string[] BrandEndings = ["RA", "XA", "ON", "IX", "EL", "ORA", "ANT", "IQ", "ET", "YN", "A", "O"];
    private static readonly string[] Salts = ["HYDROCHLORIDE", "SODIUM", "MALEATE", "ACETATE", "SULFATE", "BESYLATE", "CALCIUM", "POTASSIUM", "MESYLATE", "TARTRATE", "FUMARATE", "HYDROBROMIDE"];
    private static readonly int[] Strengths = [1, 2, 5, 10, 20, 25, 40, 50, 75, 100, 150, 200, 250, 300, 400, 500, 1000];

    private FictionalCatalog(FictionalProduct[] products)
    {
        Products = products;
        var weights = new double[products.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = 1.0 / (i + 5);
        }

        Popularity = new WeightedChoice(weights);
    }

    /// <summary>Products, most popular first. The first <see cref="FirstCombinationRank"/> are single-ingredient.</summary>
    public FictionalProduct[] Products { get; }

    /// <summary>Combination products only appear from this popularity rank on.</summary>
    public const int FirstCombinationRank = 100;

    /// <summary>Draws a product index by popularity.</summary>
    public WeightedChoice Popularity { get; }

    /// <summary>Builds <paramref name="count"/> products from <paramref name="seed"/>; about 3% of those ranked 100 or lower are combinations.</summary>
    public static FictionalCatalog Create(int seed, int count, TermVocabulary indications)
    {
        var random = SplitMixRandom.For(seed, 1, 0);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var products = new List<FictionalProduct>(count);
        var indicationChoice = indications.Choice;
        for (var i = 0; i < count; i++)
        {
            var combination = i > FirstCombinationRank && random.Chance(0.03);
            string[] ingredients;
            string active;
            string? salt = null;
            if (combination)
            {
                // Combinations reuse two single ingredients from the unpopular part of the list, so they never
                // dilute a planted association (planted drugs are chosen among the most popular singles).
                var a = products[random.Between(FirstCombinationRank, products.Count - 1)].Ingredients[0];
                var b = products[random.Between(FirstCombinationRank, products.Count - 1)].Ingredients[0];
                if (a == b)
                {
                    combination = false;
                }

                ingredients = string.CompareOrdinal(a, b) < 0 ? [a, b] : [b, a];
                active = ingredients[0] + "\\" + ingredients[1];
            }
            else
            {
                ingredients = [];
                active = string.Empty;
            }

            if (!combination)
            {
                var name = UniqueName(ref random, used, ingredient: true);
                ingredients = [name];
                salt = random.Chance(0.3) ? Salts[random.Next(Salts.Length)] : null;
                active = salt is null ? name : name + " " + salt;
            }

            var brand = random.Chance(0.7) ? UniqueName(ref random, used, ingredient: false) : null;
            var formChoice = new WeightedChoice(FormWeights);
            var form = formChoice.Next(ref random);
            var unit = Forms[form].Short is "ORAL SOLUTION" ? "ML" : (random.Chance(0.08) ? "UG" : "MG");
            var indicationCount = random.Between(1, 3);
            var productIndications = new int[indicationCount];
            for (var k = 0; k < indicationCount; k++)
            {
                // Index 0 is "Product used for unknown indication", which is drawn separately.
                int pick;
                do
                {
                    pick = indicationChoice.Next(ref random);
                }
                while (pick == 0);
                productIndications[k] = pick;
            }

            var product = new FictionalProduct
            {
                Ingredients = ingredients,
                ActiveIngredient = active,
                Brand = brand,
                Salt = salt,
                Strength = Strengths[random.Next(Strengths.Length)],
                Unit = unit,
                Form = form,
                NdaNumber = random.Between(10000, 219999).ToString(CultureInfo.InvariantCulture),
                Indications = productIndications,
                RegisteredSign = brand is not null && random.Chance(0.05),
            };
            product.NameVariants = NameVariantsOf(product, ref random);
            products.Add(product);
        }

        return new FictionalCatalog([.. products]);
    }

    private static string[] NameVariantsOf(FictionalProduct product, ref SplitMixRandom random)
    {
        var ingredient = product.IngredientName;
        var brand = product.Brand ?? ingredient;
        var strength = string.Create(CultureInfo.InvariantCulture, $"{product.Strength}{product.Unit}");
        var form = Forms[product.Form];
        var salted = product.Salt is null ? ingredient : ingredient + " " + product.Salt;
        return
        [
            ingredient,
            brand,
            salted,
            ingredient + " " + strength + " " + form.Short,
            string.Create(CultureInfo.InvariantCulture, $"{brand} {product.Strength} {product.Unit} {form.Long.ToUpperInvariant()}"),
            CultureInfo.InvariantCulture.TextInfo.ToTitleCase(ingredient.ToLowerInvariant()),
            Misspell(ingredient, ref random),
            Misspell(brand, ref random),
            product.Brand is null ? ingredient : brand + " (" + ingredient + ")",
            brand + "\u00AE",
        ];
    }

    /// <summary>Writes a misspelling of <paramref name="name"/>: a dropped, doubled, swapped or replaced letter.</summary>
    public static string Misspell(string name, ref SplitMixRandom random)
    {
        if (name.Length < 4)
        {
            return name;
        }

        var at = random.Between(1, name.Length - 2);
        var builder = new StringBuilder(name);
        switch (random.Next(4))
        {
            case 0:
                builder.Remove(at, 1);
                break;
            case 1:
                builder.Insert(at, name[at]);
                break;
            case 2:
                (builder[at], builder[at + 1]) = (builder[at + 1], builder[at]);
                break;
            default:
                builder[at] = builder[at] is 'A' or 'E' or 'I' or 'O' or 'U' ? 'Y' : 'I';
                break;
        }

        return builder.ToString();
    }

    private static string UniqueName(ref SplitMixRandom random, HashSet<string> used, bool ingredient)
    {
        while (true)
        {
            var builder = new StringBuilder(12);
            // Starting with a rare onset (Z, V, K, X, QU...) keeps generated names away from real ones (POVIDONE, FLUDARA).
            builder.Append(FirstOnsets[random.Next(FirstOnsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            if (random.Chance(0.5))
            {
                builder.Append(Codas[random.Next(Codas.Length)]);
            }

            var onset = Onsets[random.Next(Onsets.Length)];
            if (ingredient)
            {
                // A suffix that starts with a consonant (TINIB) follows the first syllable directly: ZOLTINIB, not ZOLGTINIB.
                var suffix = IngredientSuffixes[random.Next(IngredientSuffixes.Length)];
                builder.Append(suffix[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? onset : string.Empty).Append(suffix);
            }
            else
            {
                builder.Append(onset).Append(Vowels[random.Next(Vowels.Length)]).Append(BrandEndings[random.Next(BrandEndings.Length)]);
            }

            var name = builder.ToString();
            if (name.Length >= 6 && used.Add(name))
            {
                return name;
            }
        }
    }
}
