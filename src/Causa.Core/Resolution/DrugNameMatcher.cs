using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics;
using Causa.Core.Names;

namespace Causa.Core.Resolution;

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

    // Words beside a brand that mean a different product, usually a combination ("BENICAR HCT", "DIOVAN COMP", "ADVIL COLD").
    private static readonly FrozenSet<string> VariantWords = FrozenSet.ToFrozenSet(
    [
        "HCT", "HCTZ", "COMP", "COMPOSITUM", "PLUS", "PRO", "DUO", "CO", "DX", "DM", "AP", "N", "D", "PE", "COLD", "SINUS",
        "FLU", "ALLERGY", "PM", "HC", "AC", "CD", "AM", "TRIO", "MAX", "COMBI", "COMBO", "ET", "NIGHT", "DAY", "CODEINE",
        "COMPOUND", "FORMULA", "COMPLEX",
    ]);

    // Infusion vehicles: beside a drug they are the diluent, not an active ingredient ("CEFEPIME AND DEXTROSE").
    private static readonly FrozenSet<string> Vehicles = FrozenSet.ToFrozenSet(
        ["DEXTROSE", "SODIUM CHLORIDE", "WATER", "STERILE WATER", "GLUCOSE"]);

    // Words that may stand beside a known ingredient without changing what the product is ("ASPIRIN LOW", "CHILDRENS").
    private static readonly FrozenSet<string> HarmlessWords = FrozenSet.ToFrozenSet(
    [
        "LOW", "HIGH", "EXTRA", "STRENGTH", "REGULAR", "MAXIMUM", "ADULT", "ADULTS", "CHILDRENS", "CHILDREN", "JUNIOR", "INFANT",
        "INFANTS", "PEDIATRIC", "BABY", "MINI", "FAST", "RAPID", "ACTING", "LONG", "SHORT", "MELT", "SOFT", "GELS", "LIQUI",
        "LIQUIGELS", "FILMTAB", "FILMTABS", "EYE", "EAR", "SKIN", "PLAIN", "BRAND", "UNKNOWN", "BLINDED", "OTHER", "WEEKLY",
        "MONTHLY", "HALF", "DOUBLE", "DS", "SS", "FREE", "SUGAR", "HOSPITAL", "USE", "ONLY", "SUSTAINED", "DELAYED", "NEW",
        "ORIGINAL", "GENERIC", "UNSPECIFIED", "NOS", "PREPARATION", "PRODUCT", "PRODUCTS", "THERAPY", "TREATMENT", "DRUG",
    ]);

    private readonly IDrugNames _names;
    private readonly Func<string, DrugResolution?>? _misspelling;
    // The spelling index serves names spelt another language's way, after every exact test failed: an ingredient, brand
    // or synonym as written never needs it, so it is built on first use rather than by every process that resolves a name.
    private readonly Lazy<FrozenDictionary<string, (string Name, string[] Set)?>> _spellings;

    // Answers per normalised part, with and without the misspelling step. Verbatim names repeat one part under many
    // spellings of strength, form, case and pack ("X 10 MG", "x tablets", "X 20MG CAPSULE"), and an unknown part costs
    // every rule and the misspelling search, so each part is worked out once. The answer depends only on the part (the
    // matcher is immutable); both caches together stop growing at MaxCachedParts entries, which bounds their memory.
    private const int MaxCachedParts = 500_000;
    private readonly ConcurrentDictionary<string, DrugResolution?> _partsWithFuzzy = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DrugResolution?> _partsExact = new(StringComparer.Ordinal);
    private int _cachedParts;

    /// <param name="ingredients">Canonical (cleaned) ingredient names.</param>
    /// <param name="brands">Cleaned name → canonical ingredients (sorted, distinct).</param>
    /// <param name="misspelling">Optional last-resort lookup of one cleaned part; null disables it.</param>
    /// <param name="synonyms">Names in <paramref name="brands"/> that are other names of the ingredient (reported as <see cref="DrugResolutionKind.Synonym"/>).</param>
    public DrugNameMatcher(FrozenSet<string> ingredients, FrozenDictionary<string, string[]> brands, Func<string, DrugResolution?>? misspelling = null, FrozenSet<string>? synonyms = null)
        : this(new FrozenDrugNames(ingredients, brands, synonyms ?? FrozenSet<string>.Empty), misspelling)
    {
    }

    /// <param name="names">The exact name tables, in memory or read in place.</param>
    /// <param name="misspelling">Optional last-resort lookup of one cleaned part; null disables it.</param>
    public DrugNameMatcher(IDrugNames names, Func<string, DrugResolution?>? misspelling = null)
    {
        _names = names;
        _misspelling = misspelling;
        _spellings = new(() => BuildSpellingIndex(names.Frozen.Ingredients, names.Frozen.Brands, names.Frozen.Synonyms), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    // Spelling key → the ingredients of every ingredient or synonym name with that key; null when names of different
    // ingredients share it (then the key says nothing).
    private static FrozenDictionary<string, (string Name, string[] Set)?> BuildSpellingIndex(FrozenSet<string> ingredients, FrozenDictionary<string, string[]> brands, FrozenSet<string> synonyms)
    {
        var index = new Dictionary<string, (string Name, string[] Set)?>(StringComparer.Ordinal);
        void Add(string name, string[] set)
        {
            if (name.Length < 6)
            {
                return;
            }

            var key = SpellingKey.Of(name);
            if (!index.TryGetValue(key, out var existing))
            {
                index[key] = (name, set);
            }
            else if (existing is { } e && !e.Set.AsSpan().SequenceEqual(set))
            {
                index[key] = null;
            }
        }

        foreach (var i in ingredients)
        {
            Add(i, [i]);
        }

        foreach (var s in synonyms)
        {
            Add(s, brands[s]);
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public FrozenSet<string> Ingredients => _names.Frozen.Ingredients;

    public FrozenDictionary<string, string[]> Brands => _names.Frozen.Brands;

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
        // "LACTULON//LACTULOSE", "PANTOLOC//PANTOPRAZOLE": FAERS writes a local name and its ingredient as alternatives,
        // not a combination; the right-hand side is usually the ingredient, so it is tried first.
        if (drugName is not null && drugName.Contains("//", StringComparison.Ordinal))
        {
            var alternatives = drugName.Split("//", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = alternatives.Length - 1; i >= 0; i--)
            {
                var r = ResolveName(alternatives[i], allowFuzzy);
                if (r.Ingredients.Count > 0)
                {
                    return r;
                }
            }

            return DrugResolution.Unresolved;
        }

        if (drugName is not null && drugName.AsSpan().IndexOfAny('(', '[') >= 0)
        {
            var structured = ResolveStructured(drugName, allowFuzzy);
            if (structured is not null)
            {
                return structured;
            }
        }

        var plain = ResolvePlain(drugName, allowFuzzy);
        if (plain.Ingredients.Count == 0 && plain.Kind != DrugResolutionKind.NonDrug && drugName is not null && IsCoded(drugName))
        {
            return ResolveCoded(drugName, allowFuzzy) ?? plain;
        }

        return plain;
    }

    // "HERBALS\PAULLINIA CUPANA SEED", "BIRCH BARK\HERBALS", "THYMOCYTE IMMUNE GLOBULIN NOS": the backslash is FDA's
    // separator in coded substance lists (prod_ai) and NOS its coders' "not otherwise specified"; reporters type neither, so
    // such a name is a list of substance names. A part no source knows is taken as the substance it names, and the answer
    // is marked as a guess.
    private static bool IsCoded(string drugName) =>
        drugName.Contains('\\', StringComparison.Ordinal) || drugName.TrimEnd().EndsWith(" NOS", StringComparison.OrdinalIgnoreCase);

    private DrugResolution? ResolveCoded(string drugName, bool allowFuzzy)
    {
        var found = new List<string>();
        var guessed = false;
        foreach (var part in DrugNameCleaner.SplitNormalized(drugName))
        {
            var cleaned = DrugNameCleaner.StripSalts(part);
            if (NonDrugNames.IsNonDrug(cleaned))
            {
                continue;
            }

            var r = ResolvePart(part, cleaned, allowFuzzy);
            if (r is not null && r.Ingredients.Count > 0)
            {
                found.AddRange(r.Ingredients);
                continue;
            }

            if (cleaned.Length < 4 || !cleaned.Any(char.IsAsciiLetterUpper))
            {
                return null;
            }

            found.Add(cleaned);
            guessed = true;
        }

        return found.Count == 0 ? null : new DrugResolution(SortedDistinct(found), guessed ? DrugResolutionKind.Guess : DrugResolutionKind.Combination, guessed ? 0.6 : 0.9);
    }

    // "BRANDNAME (INGREDIENT)", "INGREDIENT (MANUFACTURER UNKNOWN) (INGREDIENT)", "FLONASE [MOMETASONE FUROATE]",
    // "TYLENOL (CAPLET)", "Morphine Sulfate (similar to NDA 19-516)": a bracketed group that names ingredients (not a brand)
    // is what the reporter or FDA's coder says the product holds, so it wins; otherwise the text outside the brackets is
    // read alone (the group was noise); otherwise a group that is a known brand. Null when none of them resolves.
    private DrugResolution? ResolveStructured(string drugName, bool allowFuzzy)
    {
        var (outside, groups) = NameStructure.SplitBrackets(drugName);
        if (groups.Count == 0)
        {
            return null;
        }

        DrugResolution? named = null;
        DrugResolution? brand = null;
        foreach (var g in groups)
        {
            var r = ResolvePlain(g, allowFuzzy);
            if (r.Ingredients.Count == 0)
            {
                continue;
            }

            if (r.Kind is DrugResolutionKind.Brand)
            {
                brand ??= r;
                continue;
            }

            if (named is not null && !named.Ingredients.SequenceEqual(r.Ingredients))
            {
                // Two groups naming different ingredients: the structure does not say which one the product is.
                return null;
            }

            named ??= r;
        }

        if (named is not null)
        {
            return named;
        }

        var main = ResolvePlain(outside, allowFuzzy);
        if (main.Ingredients.Count > 0 || main.Kind == DrugResolutionKind.NonDrug)
        {
            return main;
        }

        return brand;
    }

    private DrugResolution ResolvePlain(string? drugName, bool allowFuzzy)
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

        if (parts.All(p => _names.IsIngredient(p.Cleaned)))
        {
            return new DrugResolution(SortedDistinct(WithoutVehicles([.. parts.Select(p => p.Cleaned)])), DrugResolutionKind.Combination, 1);
        }

        if (_names.TryGetBrand(key, out var brand))
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

        // A combination with a part nothing is known about would be reported as less than it is: better unresolved.
        if (resolvedParts < drugParts)
        {
            return DrugResolution.Unresolved;
        }

        return new DrugResolution(SortedDistinct(WithoutVehicles(found)), DrugResolutionKind.Combination, minConfidence);
    }

    /// <summary>Resolves one combination part; null when nothing matches.</summary>
    /// <param name="normalized">The part as <see cref="DrugNameCleaner.SplitNormalized"/> gives it.</param>
    /// <param name="cleaned">The same part after <see cref="DrugNameCleaner.StripSalts"/>.</param>
    /// <param name="allowFuzzy">Whether the misspelling step may run.</param>
    public DrugResolution? ResolvePart(string normalized, string cleaned, bool allowFuzzy)
    {
        Debug.Assert(string.Equals(cleaned, DrugNameCleaner.StripSalts(normalized), StringComparison.Ordinal), "cleaned is the normalised part without salts");
        var cache = allowFuzzy && _misspelling is not null ? _partsWithFuzzy : _partsExact;
        if (cache.TryGetValue(normalized, out var known))
        {
            return known;
        }

        var r = ResolvePartUncached(normalized, cleaned, allowFuzzy);
        if (Volatile.Read(ref _cachedParts) < MaxCachedParts && cache.TryAdd(normalized, r))
        {
            Interlocked.Increment(ref _cachedParts);
        }

        return r;
    }

    private DrugResolution? ResolvePartUncached(string normalized, string cleaned, bool allowFuzzy)
    {
        if (_names.IsIngredient(cleaned))
        {
            var kind = string.Equals(cleaned, normalized, StringComparison.Ordinal) ? DrugResolutionKind.Exact : DrugResolutionKind.Salt;
            return new DrugResolution([cleaned], kind, 1);
        }

        if (_names.TryGetBrand(cleaned, out var brand))
        {
            return new DrugResolution(brand, _names.IsSynonym(cleaned) ? DrugResolutionKind.Synonym : DrugResolutionKind.Brand, 1);
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

        var variant = ResolveVariant(cleaned);
        if (variant is not null)
        {
            return variant;
        }

        var fuzzy = allowFuzzy && _misspelling is not null ? _misspelling(cleaned) : null;
        return fuzzy ?? GuessByStem(cleaned) ?? GuessBySalt(normalized, cleaned);
    }

    // A single unknown word followed by salt or ester words ("MIROGABALIN BESYLATE"): only an active moiety forms salts,
    // so the word is taken as an ingredient the sources do not list yet, marked as a guess.
    private static DrugResolution? GuessBySalt(string normalized, string cleaned)
    {
        if (cleaned.Length < 6 || cleaned.Contains(' ', StringComparison.Ordinal) || !cleaned.All(char.IsAsciiLetterUpper) ||
            string.Equals(normalized, cleaned, StringComparison.Ordinal))
        {
            return null;
        }

        var words = normalized.Split(' ');
        if (words.Length < 2 || !string.Equals(words[0], cleaned, StringComparison.Ordinal) ||
            !words.Skip(1).All(w => DrugNameCleaner.IsSaltWord(w) || DrugNameCleaner.IsNearSaltWord(w)))
        {
            return null;
        }

        return new DrugResolution([cleaned], DrugResolutionKind.Guess, 0.6);
    }

    // Other spellings of a known ingredient: a misspelt salt beside it ("ZOLPIDEM TARTATE"), a foreign INN ending
    // (AMOXICILLINE, MORFINA, PREDNISON, FUROSEMIDA) or a foreign acid name (FOLSÄURE, VALPROINEZUUR, ACIDE VALPROIQUE,
    // ÁCIDO FÓLICO). Only a candidate that is a known ingredient is taken, as a synonym with confidence 0.9.
    private DrugResolution? ResolveVariant(string cleaned)
    {
        var words = cleaned.Split(' ');
        if (words.Length >= 2)
        {
            var kept = words.Where((w, i) => i == 0 || !(DrugNameCleaner.IsNearSaltWord(w) || DrugNameCleaner.IsSaltWord(w))).ToArray();
            if (kept.Length < words.Length)
            {
                var rest = string.Join(' ', kept);
                if (_names.IsIngredient(rest))
                {
                    return new DrugResolution([rest], DrugResolutionKind.Salt, 0.9);
                }
            }
        }

        // One name, singular or plural (ESTROGEN / ESTROGENS, SENNOSIDE / SENNOSIDES).
        if (cleaned.Length >= 6)
        {
            var other = cleaned[^1] == 'S' ? cleaned[..^1] : cleaned + "S";
            if (_names.IsIngredient(other))
            {
                return new DrugResolution([other], DrugResolutionKind.Synonym, 0.9);
            }
        }

        // A preparation named with the word EXTRACT beside a known ingredient ("HORSE CHESTNUT EXTRACT", "ALLERGENIC
        // EXTRACT TIMOTHY POLLEN"): FDA codes the substance by its bare name, so the word is dropped, never added.
        var extract = WithoutExtract(cleaned);
        if (extract is not null)
        {
            return new DrugResolution([extract], DrugResolutionKind.Synonym, 0.9);
        }

        foreach (var candidate in ForeignSpellings.Candidates(cleaned))
        {
            var canonical = Vocabulary.IngredientSynonyms.Canonical(candidate);
            if (_names.IsIngredient(canonical))
            {
                return new DrugResolution([canonical], DrugResolutionKind.Synonym, 0.9);
            }

            if (_names.TryGetBrand(canonical, out var set) && _names.IsSynonym(canonical))
            {
                return new DrugResolution(set, DrugResolutionKind.Synonym, 0.9);
            }
        }

        // The same name spelt the German, Dutch, French, Spanish, Italian or Latin way (DEXAMETASON, FUROSEMIDUM,
        // TRIHEXIFENIDIL): taken only when the spelling key names one ingredient set.
        if (cleaned.Length >= 6 && _spellings.Value.TryGetValue(SpellingKey.Of(cleaned), out var spelt) && spelt is { } found)
        {
            // One letter apart (METFORMINN, DOXAZOCIN) is a typing slip rather than another language's spelling.
            var slip = FuzzyNameIndex.Distance(cleaned, found.Name, 2) <= 1;
            return new DrugResolution(found.Set, slip ? DrugResolutionKind.Misspelling : DrugResolutionKind.Synonym, 0.85);
        }

        // A French brand spelling: the brand with a final E (COUMADINE, VENTOLINE).
        if (cleaned.Length >= 7 && cleaned[^1] == 'E' && !cleaned.Contains(' ', StringComparison.Ordinal) &&
            _names.TryGetBrand(cleaned[..^1], out var french) && !_names.IsSynonym(cleaned[..^1]))
        {
            return new DrugResolution(french, DrugResolutionKind.Brand, 0.85);
        }

        // The other way round: a French brand without its final E, as German and English labels write it (a brand
        // PERSANTINE read from PERSANTIN).
        if (cleaned.Length >= 7 && cleaned[^1] != 'E' && !cleaned.Contains(' ', StringComparison.Ordinal) &&
            _names.TryGetBrand(cleaned + "E", out var withE) && !_names.IsSynonym(cleaned + "E"))
        {
            return new DrugResolution(withE, DrugResolutionKind.Brand, 0.85);
        }

        return null;
    }

    private const string ExtractWord = " EXTRACT";
    private const string AllergenicExtract = "ALLERGENIC EXTRACT ";

    private string? WithoutExtract(string cleaned)
    {
        var bare = cleaned.EndsWith(ExtractWord, StringComparison.Ordinal) ? cleaned[..^ExtractWord.Length] : cleaned;
        if (bare.StartsWith(AllergenicExtract, StringComparison.Ordinal))
        {
            bare = bare[AllergenicExtract.Length..];
        }

        return bare.Length >= 4 && bare.Length < cleaned.Length && _names.IsIngredient(bare) ? bare : null;
    }

    // A single word no source knows but whose ending is an INN stem for a new active substance (-MAB, -TINIB, -CICLIB...):
    // almost certainly an investigational ingredient named by its INN ("ONARTUZUMAB", "IPATASERTIB"). Returned as itself,
    // marked as a guess.
    private static DrugResolution? GuessByStem(string cleaned)
    {
        if (cleaned.Length < 8 || cleaned.Contains(' ', StringComparison.Ordinal) || !cleaned.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        foreach (var stem in InnStems)
        {
            if (cleaned.EndsWith(stem, StringComparison.Ordinal))
            {
                return new DrugResolution([cleaned], DrugResolutionKind.Guess, 0.6);
            }
        }

        return null;
    }

    // WHO INN stems of substance classes that are almost only new INNs (WHO, "The use of stems in the selection of INNs").
    private static readonly string[] InnStems =
    [
        "ZUMAB", "XIMAB", "LIMAB", "TUMAB", "MUMAB", "KIMAB", "CIMAB", "TAMAB", "TINIB", "CICLIB", "SERTIB", "LISIB", "PARIB",
        "RAFENIB", "METINIB", "ZOMIB", "DEGIB", "GLIFLOZIN", "PREVIR", "ASVIR", "BUVIR", "TEGRAVIR",
    ];

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
        var sets = new List<string>();
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
                if (_names.IsIngredient(gram))
                {
                    ingredients = [gram];
                }
                else if (_names.TryGetBrand(gram, out var b))
                {
                    ingredients = b;

                    anyBrand |= !_names.IsSynonym(gram);
                }

                if (ingredients is null)
                {
                    continue;
                }

                found.AddRange(ingredients);
                sets.Add(string.Join('+', ingredients));
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

        // Two names inside one product name ("ORTHO EVRA", "DELTA CORTEF") name a product, not a combination, unless they
        // agree ("ADVIL IBUPROFEN") or are all ingredient names ("ACETAMINOPHEN CODEINE").
        if (anyBrand && sets.Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return null;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (covered[k] || HarmlessWords.Contains(words[k]) || (k == 0 && DrugNameCleaner.IsMakerPrefix(words[k])))
            {
                continue;
            }

            // An unknown or different word beside the ingredient may name another product ("DELTA CORTEF",
            // "BENICAR HCT"): only a name known to mean the same ingredients ("ADVIL IBUPROFEN") is accepted.
            if (VariantWords.Contains(words[k]) || !_names.TryGetBrand(words[k], out var other) || !other.Any(found.Contains))
            {
                return null;
            }
        }

        var distinct = SortedDistinct(found);
        var kind = distinct.Length > 1 ? DrugResolutionKind.Combination : anyBrand ? DrugResolutionKind.Brand : DrugResolutionKind.Exact;
        return new DrugResolution(distinct, kind, 0.9);
    }

    private static List<string> WithoutVehicles(List<string> ingredients)
    {
        // Beside a drug, dextrose, water and saline are the diluent; beside other salts (electrolyte solutions) they are not.
        var actives = ingredients.Where(f => !Vehicles.Contains(f)).ToList();
        if (actives.Count > 0 && !actives.Any(a => a.Contains("CHLORIDE", StringComparison.Ordinal) || a.Contains("ACETATE", StringComparison.Ordinal) || a.Contains("LACTATE", StringComparison.Ordinal) || a.Contains("PHOSPHATE", StringComparison.Ordinal)))
        {
            return actives;
        }

        return ingredients;
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
