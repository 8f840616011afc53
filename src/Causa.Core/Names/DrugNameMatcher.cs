using System.Collections.Frozen;

namespace Causa.Core.Names;

/// <summary>
/// The resolution algorithm shared by every drug resolver: cleaned name → exact ingredient, salt form, brand,
/// combination parts, a known name inside a longer entry, non-drug; optionally a misspelling step.
/// </summary>
/// <remarks>Immutable after construction; thread-safe.</remarks>
internal sealed class DrugNameMatcher
{
    // Single words too generic to be taken as the drug inside a longer entry ("FISH OIL" must not become "OIL").
    private static readonly FrozenSet<string> GenericWords = FrozenSet.ToFrozenSet(
    [
        "ACID", "OIL", "WATER", "SALT", "SODIUM", "POTASSIUM", "CALCIUM", "MAGNESIUM", "VITAMIN", "EXTRACT", "LEAF", "ROOT",
        "HUMAN", "SEED", "FLOWER", "POWDER", "COMPLEX", "PLUS", "FORTE", "MINI", "JUNIOR", "CHILDREN", "CHILDRENS", "ADULT",
        "EXTRA", "STRENGTH", "MAXIMUM", "REGULAR", "COLD", "FLU", "SINUS", "ALLERGY", "NIGHT", "DAY", "TIME", "RELIEF",
        "PAIN", "COUGH", "SLEEP", "CARE", "HEALTH", "PLAN", "ONE", "TWO", "LOW", "HIGH", "NEW", "BABY", "WOMEN", "MEN",
        "ALCOHOL", "OXYGEN", "GLUCOSE", "SUGAR", "IRON", "ZINC", "COPPER", "SILVER", "GOLD", "SULFUR", "CARBON", "NITROGEN",
    ]);

    private readonly FrozenSet<string> _ingredients;
    private readonly FrozenDictionary<string, string[]> _brands;
    private readonly Func<string, DrugResolution?>? _misspelling;
    private readonly FrozenSet<string> _synonyms;

    /// <param name="ingredients">Canonical (cleaned) ingredient names.</param>
    /// <param name="brands">Cleaned name → canonical ingredients (sorted, distinct).</param>
    /// <param name="misspelling">Optional last-resort lookup of one cleaned part; null disables it.</param>
    /// <param name="synonyms">Names in <paramref name="brands"/> that are other names of the ingredient (reported as <see cref="DrugResolutionKind.Synonym"/>).</param>
    public DrugNameMatcher(FrozenSet<string> ingredients, FrozenDictionary<string, string[]> brands, Func<string, DrugResolution?>? misspelling = null, FrozenSet<string>? synonyms = null)
    {
        _ingredients = ingredients;
        _brands = brands;
        _misspelling = misspelling;
        _synonyms = synonyms ?? FrozenSet<string>.Empty;
    }

    public FrozenSet<string> Ingredients => _ingredients;

    public FrozenDictionary<string, string[]> Brands => _brands;

    /// <summary>Resolves FAERS's coded <c>prod_ai</c>; null when it holds nothing usable (then the name is used).</summary>
    public static DrugResolution? ResolveProdAi(string? prodAi)
    {
        if (string.IsNullOrWhiteSpace(prodAi))
        {
            return null;
        }

        var all = DrugNameCleaner.CleanIngredients(prodAi);
        if (all.Count == 0)
        {
            return null;
        }

        var drugs = all.Where(i => !NonDrugNames.IsNonDrug(i)).ToArray();
        return drugs.Length == 0
            ? new DrugResolution([], DrugResolutionKind.NonDrug, 1)
            : new DrugResolution(drugs, DrugResolutionKind.ActiveIngredientField, 1);
    }

    public DrugResolution Resolve(string drugName, string? prodAi) => ResolveProdAi(prodAi) ?? ResolveName(drugName);

    public DrugResolution ResolveName(string? drugName, bool allowFuzzy = true)
    {
        var normalized = DrugNameCleaner.SplitNormalized(drugName);
        if (normalized.Count == 0)
        {
            return DrugResolution.Unresolved;
        }

        var parts = new List<(string Normalized, string Cleaned)>(normalized.Count);
        foreach (var n in normalized)
        {
            var c = DrugNameCleaner.StripSalts(n);
            if (c.Length >= 2)
            {
                parts.Add((n, c));
            }
        }

        if (parts.Count == 0)
        {
            return DrugResolution.Unresolved;
        }

        var key = string.Join(DrugNameCleaner.CombinationSeparator, parts.Select(p => p.Cleaned));
        if (NonDrugNames.IsNonDrug(key) || NonDrugNames.IsNonDrug(string.Join(' ', normalized)))
        {
            return new DrugResolution([], DrugResolutionKind.NonDrug, 1);
        }

        if (parts.Count == 1)
        {
            return ResolvePart(parts[0].Normalized, parts[0].Cleaned, allowFuzzy) ?? DrugResolution.Unresolved;
        }

        if (parts.All(p => _ingredients.Contains(p.Cleaned)))
        {
            return new DrugResolution(SortedDistinct(parts.Select(p => p.Cleaned)), DrugResolutionKind.Combination, 1);
        }

        if (_brands.TryGetValue(key, out var brand))
        {
            return new DrugResolution(brand, DrugResolutionKind.Brand, 1);
        }

        var found = new List<string>();
        var resolvedParts = 0;
        var drugParts = 0;
        var minConfidence = 1.0;
        foreach (var (n, c) in parts)
        {
            if (NonDrugNames.IsNonDrug(c))
            {
                continue;
            }

            drugParts++;
            var r = ResolvePart(n, c, allowFuzzy);
            if (r is not null && r.Ingredients.Count > 0)
            {
                resolvedParts++;
                found.AddRange(r.Ingredients);
                minConfidence = Math.Min(minConfidence, r.Confidence);
            }
        }

        if (found.Count == 0)
        {
            return drugParts == 0 ? new DrugResolution([], DrugResolutionKind.NonDrug, 1) : DrugResolution.Unresolved;
        }

        // "LACTULON//LACTULOSE": a foreign brand written beside its ingredient; a part left over lowers confidence.
        var confidence = resolvedParts == drugParts ? minConfidence : Math.Min(minConfidence, 0.8);
        return new DrugResolution(SortedDistinct(found), DrugResolutionKind.Combination, confidence);
    }

    /// <summary>Resolves one cleaned combination part; null when nothing matches.</summary>
    public DrugResolution? ResolvePart(string normalized, string cleaned, bool allowFuzzy)
    {
        if (_ingredients.Contains(cleaned))
        {
            var kind = string.Equals(cleaned, normalized, StringComparison.Ordinal) ? DrugResolutionKind.Exact : DrugResolutionKind.Salt;
            return new DrugResolution([cleaned], kind, 1);
        }

        if (_brands.TryGetValue(cleaned, out var brand))
        {
            return new DrugResolution(brand, _synonyms.Contains(cleaned) ? DrugResolutionKind.Synonym : DrugResolutionKind.Brand, 1);
        }

        var inner = FindInside(cleaned);
        if (inner is not null)
        {
            return inner;
        }

        if (NonDrugNames.IsNonDrug(cleaned))
        {
            return new DrugResolution([], DrugResolutionKind.NonDrug, 1);
        }

        return allowFuzzy && _misspelling is not null ? _misspelling(cleaned) : null;
    }

    // A known ingredient or brand inside a longer entry ("ASPIRIN LOW", "ADVIL IBUPROFEN"): longest word n-grams first,
    // non-overlapping.
    private DrugResolution? FindInside(string cleaned)
    {
        var words = cleaned.Split(' ');
        if (words.Length < 2)
        {
            return null;
        }

        var covered = new bool[words.Length];
        var found = new List<string>();
        var anyBrand = false;
        for (var n = words.Length - 1; n >= 1; n--)
        {
            for (var start = 0; start + n <= words.Length; start++)
            {
                if (IsCovered(covered, start, n))
                {
                    continue;
                }

                var gram = string.Join(' ', words, start, n);
                if (n == 1 && (gram.Length < 4 || GenericWords.Contains(gram)))
                {
                    continue;
                }

                string[]? ingredients = null;
                if (_ingredients.Contains(gram))
                {
                    ingredients = [gram];
                }
                else if (_brands.TryGetValue(gram, out var b))
                {
                    ingredients = b;
                    anyBrand = true;
                }

                if (ingredients is null)
                {
                    continue;
                }

                found.AddRange(ingredients);
                for (var k = start; k < start + n; k++)
                {
                    covered[k] = true;
                }
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        var distinct = SortedDistinct(found);
        var kind = distinct.Length > 1 ? DrugResolutionKind.Combination : anyBrand ? DrugResolutionKind.Brand : DrugResolutionKind.Exact;
        return new DrugResolution(distinct, kind, 0.9);
    }

    private static bool IsCovered(bool[] covered, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (covered[k])
            {
                return true;
            }
        }

        return false;
    }

    public static string[] SortedDistinct(IEnumerable<string> values)
    {
        var set = new SortedSet<string>(values, StringComparer.Ordinal);
        return [.. set];
    }
}
