using System.Collections.Frozen;

namespace Causa.Core.Names;

/// <summary>
/// Body-site words and condition head words that keep a multi-word condition specific: "esophageal cancer" is Oesophageal
/// carcinoma, not the generic Neoplasm malignant; "kidney cancer" is Renal cancer; "hepatic injury" is Liver injury.
/// </summary>
/// <remarks>
/// <para>Written by the project from ordinary anatomical and clinical usage (not copied from any source); English words, in
/// the spelling <see cref="TermText.Normalize"/> and <see cref="TermText.FoldSpellings"/> give (oesophageal → esophageal).
/// Every word is compared in the stemmed form of <see cref="TermText.ContentKey"/>.</para>
/// <para>Two uses: a site word is never a word a partial reading may drop (the site changes the condition), and a
/// site-specific key (<see cref="SiteKey"/>) lets the noun and adjective of one site (liver/hepatic, kidney/renal,
/// stomach/gastric) and the equivalent heads (cancer, carcinoma, malignant neoplasm; damage, injury) meet, so a wording
/// and a preferred term that name the same site and the same kind of condition match.</para>
/// <para>Pure functions; thread-safe.</para>
/// </remarks>
public static class ConditionWords
{
    // Each row: the canonical site first, then the other words naming it (noun and adjective forms).
    private static readonly string[][] SiteGroups =
    [
        ["liver", "hepatic"],
        ["kidney", "renal"],
        ["lung", "pulmonary"],
        ["heart", "cardiac"],
        ["stomach", "gastric"],
        ["esophagus", "esophageal"],
        ["skin", "cutaneous", "dermal"],
        ["bowel", "intestine", "intestinal"],
        ["colon", "colonic"],
        ["rectum", "rectal"],
        ["brain", "cerebral"],
        ["breast", "mammary"],
        ["prostate", "prostatic"],
        ["pancreas", "pancreatic"],
        ["ovary", "ovarian"],
        ["uterus", "uterine"],
        ["cervix", "cervical"],
        ["bladder", "vesical"],
        ["thyroid"],
        ["bone", "osseous"],
        ["eye", "ocular"],
        ["mouth", "oral"],
        ["throat", "pharyngeal"],
        ["muscle", "muscular"],
        ["spleen", "splenic"],
        ["testis", "testicle", "testicular"],
        ["larynx", "laryngeal"],
        ["tongue", "lingual"],
    ];

    // Head words that name the same kind of condition: each maps to the first word of its row.
    private static readonly string[][] HeadGroups =
    [
        ["cancer", "carcinoma", "malignancy"],
        ["injury", "damage"],
        ["rash", "eruption"],

        // Beside a site, everyday "problems" and "issues" name what MedDRA calls a disorder of that site ("eye problems"
        // is Eye disorder, "thyroid issues" Thyroid disorder).
        ["disorder", "problem", "issue"],
    ];

    // Heads MedDRA names per site (Oesophageal carcinoma, Lung neoplasm malignant, Liver injury, Renal injury...): beside
    // one of these, a site word always changes the condition, whatever wordings the vocabulary holds.
    private static readonly string[] SiteSpecificHeads = ["cancer", "injury"];

    // Two-word heads ("malignant neoplasm", "neoplasm malignant", "malignant tumour") read as one head word.
    private static readonly (string First, string Second, string Head)[] PairHeads =
    [
        ("malignant", "neoplasm", "cancer"),
        ("malignant", "tumor", "cancer"),
    ];

    // Generic heads: words that say "this is a condition" without saying which. A term whose only words beyond the typed
    // ones are such heads names what was typed ("post traumatic stress" is Post-traumatic stress disorder, "irritable
    // bowel" Irritable bowel syndrome). The five languages of the lay-term lexicon.
    private static readonly string[] GenericHeadWords =
    [
        "disorder", "disorders", "syndrome", "disease", "condition", "illness",
        "stoornis", "syndroom", "ziekte", "aandoening",
        "storung", "syndrom", "krankheit", "erkrankung",
        "trouble", "troubles", "maladie",
        "trastorno", "sindrome", "enfermedad",
    ];

    // Words saying which way a measured quantity went, as people write it and as MedDRA's test-result terms end
    // ("Blood magnesium decreased", "Blood potassium increased"): each row maps to its first word.
    private static readonly string[][] DirectionGroups =
    [
        ["decreased", "low", "lower", "reduced", "decrease", "dropped", "drop", "falling", "fallen"],
        ["increased", "high", "higher", "raised", "elevated", "increase", "rising", "risen"],
    ];

    // Words a test-result term adds to the measured quantity without changing it ("blood", "serum", "count", "level").
    private static readonly string[] MeasureWordList = ["blood", "serum", "plasma", "level", "levels", "count", "concentration", "value", "values"];

    // Words that qualify a condition without naming one when another content word is typed beside them: a reading that
    // keeps only these ("low" of "low magnesium", "loss" of "loss of sex drive") has dropped what the text is about.
    private static readonly string[] ModifierWordList =
    [
        "low", "lower", "high", "higher", "loss", "lack", "poor", "raised", "elevated", "decreased", "increased", "reduced",
        "abnormal", "excessive", "problem", "problems", "change", "changes",
    ];

    private static readonly FrozenDictionary<string, string> Directions = Index(DirectionGroups);
    private static readonly FrozenSet<string> MeasureWords = MeasureWordList.Select(StemWord).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> ModifierWords = ModifierWordList.Select(StemWord).ToFrozenSet(StringComparer.Ordinal);
    private static readonly string DeficiencyWord = StemWord("deficiency");
    private static readonly FrozenDictionary<string, string> Sites = Index(SiteGroups);
    private static readonly FrozenSet<string> GenericHeads = GenericHeadWords.Select(StemWord).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string> Heads = Index(HeadGroups);
    private static readonly FrozenSet<string> StemmedSiteSpecificHeads = SiteSpecificHeads.Select(StemWord).ToFrozenSet(StringComparer.Ordinal);
    private static readonly (string First, string Second, string Head)[] StemmedPairs =
        [.. PairHeads.Select(static p => (StemWord(p.First), StemWord(p.Second), StemWord(p.Head)))];

    /// <summary>True when a word (stemmed as in <see cref="TermText.ContentKey"/>) names a body site.</summary>
    /// <param name="contentWord">One word of a content key.</param>
    public static bool IsSite(string contentWord)
    {
        ArgumentNullException.ThrowIfNull(contentWord);
        return Sites.ContainsKey(contentWord);
    }

    /// <summary>
    /// True when a word (stemmed as in <see cref="TermText.ContentKey"/>) is a generic condition head — disorder, syndrome,
    /// disease, condition, illness and their Dutch, German, French and Spanish equivalents — that names no condition itself.
    /// </summary>
    /// <param name="contentWord">One word of a content key.</param>
    public static bool IsGenericHead(string contentWord)
    {
        ArgumentNullException.ThrowIfNull(contentWord);
        return GenericHeads.Contains(contentWord);
    }

    /// <summary>
    /// The direction a word (stemmed as in <see cref="TermText.ContentKey"/>) gives a measured quantity, in the word MedDRA's
    /// test-result terms end with: "low", "reduced", "decreased" give the stem of "decreased"; "high", "raised", "elevated",
    /// "increased" that of "increased"; null for any other word.
    /// </summary>
    /// <param name="contentWord">One word of a content key.</param>
    public static string? DirectionOf(string contentWord)
    {
        ArgumentNullException.ThrowIfNull(contentWord);
        return Directions.GetValueOrDefault(contentWord);
    }

    /// <summary>True when <paramref name="contentWord"/> (stemmed) is the word a deficiency term uses for a quantity too low
    /// ("Iron deficiency", "Vitamin D deficiency"): read as the decreased direction of the quantity it names.</summary>
    /// <param name="contentWord">One word of a content key.</param>
    public static bool IsDeficiency(string contentWord) => string.Equals(contentWord, DeficiencyWord, StringComparison.Ordinal);

    /// <summary>True when a word (stemmed) is one a test-result term adds to the quantity measured without changing it:
    /// blood, serum, plasma, level, count, concentration, value.</summary>
    /// <param name="contentWord">One word of a content key.</param>
    public static bool IsMeasureWord(string contentWord)
    {
        ArgumentNullException.ThrowIfNull(contentWord);
        return MeasureWords.Contains(contentWord);
    }

    /// <summary>True when a word (stemmed) qualifies a condition without naming one beside other content words: low, high,
    /// loss, lack, poor, raised, reduced, abnormal, excessive, problem, change.</summary>
    /// <param name="contentWord">One word of a content key.</param>
    public static bool IsModifier(string contentWord)
    {
        ArgumentNullException.ThrowIfNull(contentWord);
        return ModifierWords.Contains(contentWord);
    }

    /// <summary>
    /// The content key with every site word and head word replaced by its canonical form (sorted, distinct), or null when
    /// the key names no body site: "cancer esophageal" and "carcinoma esophageal" both give the same key.
    /// </summary>
    /// <param name="contentKey">A key from <see cref="TermText.ContentKey"/> (stemmed words, sorted, space-separated).</param>
    /// <returns>The canonical key; null when no word is a site word (only site-specific wordings are read this way).</returns>
    public static string? SiteKey(string contentKey)
    {
        ArgumentNullException.ThrowIfNull(contentKey);
        var words = contentKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(Sites.ContainsKey) ? Canonical(words) : null;
    }

    /// <summary>
    /// Content words (stemmed as in <see cref="TermText.ContentKey"/>) with every site and head word in its canonical form,
    /// sorted and distinct, joined by spaces: "carcinoma" and "malignant neoplasm" read "cancer", "hepatic" reads "liver".
    /// </summary>
    /// <param name="contentWords">Words of a content key.</param>
    public static string Canonical(IEnumerable<string> contentWords)
    {
        ArgumentNullException.ThrowIfNull(contentWords);
        var words = contentWords.ToList();
        foreach (var (first, second, head) in StemmedPairs)
        {
            if (words.Contains(first) && words.Contains(second))
            {
                words.Remove(first);
                words.Remove(second);
                words.Add(head);
            }
        }

        var canonical = words.Select(static w => Sites.TryGetValue(w, out var s) ? s : Heads.TryGetValue(w, out var h) ? h : w)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join(' ', canonical);
    }

    /// <summary>True when a canonical key (<see cref="Canonical"/>) is a head MedDRA names per site ("cancer", "injury").</summary>
    /// <param name="canonicalKey">A canonical key.</param>
    public static bool IsSiteSpecificHead(string canonicalKey)
    {
        ArgumentNullException.ThrowIfNull(canonicalKey);
        return StemmedSiteSpecificHeads.Contains(canonicalKey);
    }

    /// <summary>A canonical key without its site words: the kind of condition a site-specific wording names ("cancer" of
    /// "cancer esophagus"); "" when only sites remain.</summary>
    /// <param name="canonicalKey">A key from <see cref="SiteKey"/> or <see cref="Canonical"/>.</param>
    public static string HeadOf(string canonicalKey)
    {
        ArgumentNullException.ThrowIfNull(canonicalKey);
        return string.Join(' ', canonicalKey.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(static w => !Sites.ContainsKey(w)));
    }

    private static FrozenDictionary<string, string> Index(string[][] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var canonical = StemWord(group[0]);
            foreach (var word in group)
            {
                map[StemWord(word)] = canonical;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // The same folding and stemming as a content key's words, so table words meet the keys they are compared with.
    private static string StemWord(string word) => TermText.ContentKey(TermText.Normalize(word));
}
