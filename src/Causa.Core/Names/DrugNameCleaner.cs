using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Causa.Core.Names;

/// <summary>
/// Turns free-text drug entries ("REMERON SOLTAB 15MG", "Trazodone HCl 50 mg tablets", "SULFAMETHOXAZOLE;TRIMETHOPRIM")
/// into canonical ingredient-shaped strings: upper case, no punctuation, no strength, dose-form or packaging words,
/// and no salt or ester names. The rules are listed in docs/VOCABULARY.md ("Cleaning rules").
/// </summary>
/// <remarks>
/// <para>Pure functions; thread-safe. The same rules are applied to <c>drugname</c>, to <c>prod_ai</c> and to every
/// vocabulary source, so that names from all of them meet on the same canonical form (e.g. both "TRAZODONE HYDROCHLORIDE"
/// and "trazodone hcl 50mg tab" clean to "TRAZODONE").</para>
/// <para>Salt stripping never removes the ingredient itself: when the first word is an inorganic cation (sodium, potassium,
/// calcium, lithium, iron...) and every following word is an inorganic anion or hydrate (chloride, carbonate, sulfate...),
/// the whole name is the ingredient (SODIUM CHLORIDE, POTASSIUM CHLORIDE, LITHIUM CARBONATE stay as they are).</para>
/// </remarks>
public static partial class DrugNameCleaner
{
    /// <summary>Separator placed between the parts of a combination in <see cref="Clean"/>'s result.</summary>
    public const string CombinationSeparator = " + ";

    private const string SeparatorToken = "+";

    // Words that carry no ingredient information: dose forms, release mechanisms, routes and packaging.
    private static readonly FrozenSet<string> FormWords = FrozenSet.ToFrozenSet(
    [
        "TAB", "TABS", "TABLET", "TABLETS", "TABLT", "CAP", "CAPS", "CAPSULE", "CAPSULES", "CPLT", "CAPLET", "CAPLETS",
        "SOLTAB", "ODT", "ORALLY", "DISINTEGRATING", "DISPERSIBLE", "EFFERVESCENT", "CHEWABLE", "CHEW",
        "INJ", "INJECTION", "INJECTIONS", "INJECTABLE", "INFUSION", "SOLUTION", "SOLN", "SOL", "SUSP", "SUSPENSION",
        "ER", "XR", "XL", "SR", "CR", "LA", "DR", "EC", "IR", "CD", "ERC",
        "EXTENDED", "RELEASE", "DELAYED", "SUSTAINED", "CONTROLLED", "IMMEDIATE", "MODIFIED", "PROLONGED",
        "FILM", "COATED", "ENTERIC", "ORAL", "TOPICAL", "CREAM", "OINTMENT", "LOTION", "PATCH", "PATCHES", "TRANSDERMAL",
        "SYRUP", "ELIXIR", "DROPS", "SPRAY", "NASAL", "INHALER", "INHALATION", "AEROSOL", "POWDER", "PWD", "GRANULES",
        "PEN", "PENS", "PREFILLED", "PRE", "FILLED", "SYRINGE", "SYRINGES", "AUTOINJECTOR", "AUTO", "INJECTOR", "VIAL", "VIALS",
        "AMPULE", "AMPOULE", "KIT", "INTRAVENOUS", "IV", "IM", "SC", "SUBCUTANEOUS", "INTRAMUSCULAR", "SQ",
        "OPHTHALMIC", "OTIC", "RECTAL", "VAGINAL", "SUPPOSITORY", "SUPPOSITORIES", "LIQUID", "CONCENTRATE", "EMULSION",
        "FOR", "USP", "BP", "EP", "GENERIC", "DOSE", "DOSES", "DAILY", "QD", "BID", "TID", "QID", "PRN", "ONCE",
        "BLINDED", "NOS", "DS", "LAR", "DEPOT", "HANDIHALER", "TURBUHALER", "DISKUS", "RESPIMAT", "ELLIPTA", "FLEXPEN", "KWIKPEN",
        "SOLOSTAR", "PENFILL", "AUTOHALER", "EVOHALER", "ACCUHALER", "FLEXTOUCH", "INHALANT", "SYSTEM", "ASSOCIATED", "ASSSOCIATED", "NAMES",
        // Manufacturer names that European product names append to the ingredient ("DICLOFENAC SANDOZ").
        "SANDOZ", "TEVA", "HEXAL", "MYLAN", "ACTAVIS", "RATIOPHARM", "STADA", "ACCORD", "ZENTIVA", "KRKA", "MEDAC", "HOSPIRA",
        "APOTEX", "AUROBINDO", "ZYDUS", "LUPIN", "CIPLA", "GLENMARK", "TORRENT", "ALMUS", "ARROW", "BIOGARAN", "GENERIS",
        "ORGANON", "PFIZER", "NOVARTIS", "VIATRIS", "WINTHROP", "ZENTIVA", "AMNEAL", "SUNPHARMA", "FRESENIUS", "KABI", "BAXTER",
        "AB", "AL", "BASICS", "PHARMA", "PHARM", "LABS", "LABORATORIES", "GMBH", "INC", "LTD", "SPA",
        "MERCK", "BRAUN", "LIPURO", "ABBOTT", "ROCHE", "BAYER", "SANOFI", "AVENTIS", "GSK", "ASTRAZENECA", "LILLY", "JANSSEN",
        "RANBAXY", "REDDYS", "HIKMA", "SAGENT", "WOCKHARDT", "ALEMBIC", "MACLEODS", "UNICHEM", "INTAS", "BLUEPOINT", "ARISTO",
        "BETAPHARM", "ABZ", "PUREN", "HEUMANN", "ORION", "ORIFARM", "POLPHARMA", "GEDEON", "RICHTER", "EGIS", "SERVIER", "CRISTERS",
        "EVOLUGEN", "QUALIMED", "MYLAN", "GRUNENTHAL", "ASPEN", "ZENTIVA", "ACCORDPHARMA", "AUROBINDO", "BIOGARAN", "DR",
        // Pack, device, flavour, age group and programme words: the product is the same ingredient whatever they say.
        "PACK", "BLISTER", "BOTTLE", "CARTRIDGE", "AMPUL", "AMPOULES", "SACHET", "SACHETS", "DISPENSER", "APPLICATOR",
        "NEBULISER", "NEBULIZER", "NEB", "MDI", "HFA", "DPI", "INHAL", "PUMP", "OINT", "CRM", "SUPP", "GTT", "STARTER",
        "TITRATION", "EMERGENCY", "PSA", "CONTINUING", "SRT", "RETARD", "MITE", "FORTE", "ZOK", "UNO", "CHERRY", "STRAWBERRY",
        "GRAPE", "VANILLA", "BERRY", "FLAVOR", "FLAVOUR", "FLAVORED", "FLAVOURED", "PEDIATRIC", "PAEDIATRIC", "CHILDRENS",
        "CHILDREN", "INFANT", "INFANTS", "INFANTS", "KIDS", "ADULT", "ADULTS", "JUNIOR",
        "PILL", "PILLS", "OTC", "COMPARATOR", "LIPOSOMAL", "LIPOSOME", "STERILE",
        // Dose forms in the other four languages reporters write (German, Dutch, French, Spanish; Italian CPR): a form
        // says nothing about the ingredient ("NIFEDIPINE RETARDTABLETTEN", "DOLIPRANE COMPRIMES").
        "TABLETTE", "TABLETTEN", "FILMTABLETTEN", "RETARDTABLETTEN", "BRAUSETABLETTEN", "KAPSEL", "KAPSELN", "HARTKAPSELN",
        "WEICHKAPSELN", "TROPFEN", "SAFT", "SALBE", "ZAPFCHEN", "LOSUNG", "INJEKTIONSLOSUNG", "INFUSIONSLOSUNG", "AMPULLEN",
        "DRAGEES", "DRAGEE", "OMHULDE", "DRUPPELS", "ZETPIL", "ZETPILLEN", "ZALF", "OPLOSSING", "INJECTIEVLOEISTOF",
        "BRUISTABLETTEN", "KAUWTABLETTEN", "SMELTTABLETTEN", "COMPRIME", "COMPRIMES", "PELLICULE", "PELLICULES", "SECABLE", "SECABLES",
        "GELULE", "GELULES", "BUVABLE", "SIROP", "POMMADE", "COLLYRE", "INJECTABLE", "COMPRIMIDO", "COMPRIMIDOS", "CAPSULA",
        "CAPSULAS", "GOTAS", "JARABE", "SOLUCION", "INYECTABLE", "AMPOLLA", "AMPOLLAS", "POMADA", "RECUBIERTOS", "COMPRESSE",
        "CPR", "FIALE", "GOCCE",
    ]);

    // Prefixes Canadian generic makers put before the ingredient ("APO-ALLOPURINOL", "NOVO-METOPROL", "PMS-..."): dropped
    // only when a known name follows, by the matcher.
    private static readonly FrozenSet<string> MakerPrefixes = FrozenSet.ToFrozenSet(
        ["APO", "NOVO", "PMS", "RATIO", "JAMP", "MINT", "AURO", "TARO", "RIVA", "SANIS", "SIVEM", "MAR", "NAT", "ACH", "PRO", "DOM", "GEN", "NU", "TEVA", "MYLAN", "SANDOZ", "ACT", "AG", "BIO", "ZYM"]);

    /// <summary>True for a generic maker's prefix ("APO" of "APO-ALLOPURINOL").</summary>
    internal static bool IsMakerPrefix(string word) => MakerPrefixes.Contains(word);

    // Unambiguous units: dropped wherever they stand.
    private static readonly FrozenSet<string> UnitWords = FrozenSet.ToFrozenSet(
    [
        "MG", "MGS", "MCG", "UG", "ML", "MLS", "MEQ", "MMOL", "IU", "MIU", "UNITS", "GM", "GRAM", "GRAMS", "MILLIGRAM",
        "MILLIGRAMS", "MICROGRAM", "MICROGRAMS", "HR", "HRS", "HOUR", "HOURS", "KG", "PERCENT",
    ]);

    // Ambiguous units ("PENICILLIN G", "VITAMIN D"...): dropped only right after a number or another unit.
    private static readonly FrozenSet<string> UnitAfterNumberWords = FrozenSet.ToFrozenSet(["G", "L", "U", "UNIT", "H", "D", "MCL", "X"]);

    // Salt, ester and hydrate words removed after the first word. Esters of prodrugs that are distinct ingredients
    // (tenofovir disoproxil vs alafenamide) and words that are part of an ingredient (ACID, PEGOL, ALFA) are absent on purpose.
    private static readonly FrozenSet<string> SaltWords = WithOtherLanguages(
    [
        "HYDROCHLORIDE", "HCL", "HYDROCLORIDE", "DIHYDROCHLORIDE", "MONOHYDROCHLORIDE", "HYDROBROMIDE", "HBR", "HYCLATE",
        "SODIUM", "DISODIUM", "TRISODIUM", "POTASSIUM", "DIPOTASSIUM", "CALCIUM", "MAGNESIUM",
        "SUCCINATE", "MALEATE", "DIMALEATE", "MESYLATE", "MESILATE", "DIMESYLATE", "ACETATE", "DIACETATE",
        "SULFATE", "SULPHATE", "BISULFATE", "TARTRATE", "BITARTRATE", "CITRATE", "FUMARATE", "HEMIFUMARATE",
        "BESYLATE", "BESILATE", "TOSYLATE", "PHOSPHATE", "DIPHOSPHATE", "NITRATE", "CHLORIDE", "BROMIDE",
        "MALATE", "LACTATE", "GLUCONATE", "PROPIONATE", "DIPROPIONATE", "VALERATE", "BUTYRATE", "FUROATE", "ACETONIDE",
        "PALMITATE", "DECANOATE", "ENANTHATE", "CYPIONATE", "UNDECANOATE", "PAMOATE", "XINAFOATE", "TROMETHAMINE",
        "MEGLUMINE", "STEARATE", "ESTOLATE", "ETHYLSUCCINATE", "OXALATE", "CARBONATE", "BENZOATE", "OLAMINE",
        "ERBUMINE", "AXETIL", "PIVOXIL", "MEDOXOMIL", "CILEXETIL", "PROXETIL", "ETEXILATE", "MOFETIL", "ISETHIONATE",
        "EDISYLATE", "NAPSYLATE", "ESYLATE", "ASPARTATE", "LACTOBIONATE", "SACCHARATE",
        "MONOHYDRATE", "DIHYDRATE", "TRIHYDRATE", "HEMIHYDRATE", "SESQUIHYDRATE", "HYDRATE", "ANHYDROUS",
        "PENTAHYDRATE", "HEPTAHYDRATE", "HEXAHYDRATE", "HEMIPENTAHYDRATE", "PROPANEDIOL", "DIETHYLAMINE", "LYSINE",
        "RECOMBINANT", "GLACIAL", "TEREPHTHALATE", "POLISTIREX",
        // INN spellings of salt words and the sodium symbol ("DEXKETOPROFEN TROMETAMOL", "CEFAZOLIN NA").
        "TROMETAMOL", "NA", "MESILAT", "HYDROCHLORID", "CHLORHYDRATE", "CLORHIDRATO", "HIDROCLORURO", "METASULFOBENZOATE",
        "METAZOATE", "ETHANOLATE", "BUTYLAMINE",
        // Sodium, potassium and calcium as the other four languages write the counter-ion after the name
        // ("DICLOFENAC NATRIUM", "DICLOFENAC SODIQUE", "NAPROXENO SODICO").
        "NATRIUM", "KALIUM", "SODIQUE", "SODICO", "SODICA", "POTASSIQUE", "POTASICO", "POTASICA", "CALCIQUE", "CALCICO",
        "MAGNESICO",
    ]);

    // German and Dutch drop the final E of -ATE and -IDE salts (SULFAT, MESILAT, HYDROCHLORID), Spanish and Italian write
    // -ATO (SULFATO, SUCCINATO): every salt word in those spellings too.
    private static FrozenSet<string> WithOtherLanguages(string[] words)
    {
        var all = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (w.Length >= 6 && (w.EndsWith("ATE", StringComparison.Ordinal) || w.EndsWith("IDE", StringComparison.Ordinal)))
            {
                all.Add(w[..^1]);
                if (w.EndsWith("ATE", StringComparison.Ordinal))
                {
                    all.Add(w[..^1] + "O");
                }
            }
        }

        return all.ToFrozenSet(StringComparer.Ordinal);
    }

    // A leading cation that is the counter-ion of an organic drug ("SODIUM VALPROATE", "POTASSIUM CLAVULANATE").
    private static readonly FrozenSet<string> LeadingCounterIons = FrozenSet.ToFrozenSet(["SODIUM", "POTASSIUM", "CALCIUM", "MAGNESIUM", "DISODIUM"]);

    // First words that make an inorganic salt the ingredient itself, when followed only by anions.
    private static readonly FrozenSet<string> InorganicCations = FrozenSet.ToFrozenSet(
    [
        "SODIUM", "DISODIUM", "POTASSIUM", "CALCIUM", "MAGNESIUM", "LITHIUM", "ZINC", "FERROUS", "FERRIC", "IRON", "ALUMINUM",
        "ALUMINIUM", "AMMONIUM", "BARIUM", "SILVER", "COPPER", "CUPRIC", "SELENIUM", "CHROMIUM", "CHROMIC", "MANGANESE",
        "BISMUTH", "STRONTIUM", "COBALT", "GOLD", "HYDROGEN", "SELENIOUS", "STANNOUS",
    ]);

    private static readonly FrozenSet<string> InorganicAnions = FrozenSet.ToFrozenSet(
    [
        "CHLORIDE", "CARBONATE", "BICARBONATE", "SULFATE", "SULPHATE", "OXIDE", "HYDROXIDE", "PHOSPHATE", "DIPHOSPHATE",
        "CITRATE", "ACETATE", "GLUCONATE", "LACTATE", "FLUORIDE", "IODIDE", "BROMIDE", "NITRATE", "PEROXIDE", "TRISILICATE",
        "SILICATE", "SUBSALICYLATE", "SUBCITRATE", "THIOSULFATE", "POLYSTYRENE", "SULFONATE", "OROTATE", "ASPARTATE",
        "GLYCINATE", "PICOLINATE", "FUMARATE", "SUCCINATE", "BIPHOSPHATE", "DIBASIC", "MONOBASIC", "TRIBASIC", "ACID",
        "MONOHYDRATE", "DIHYDRATE", "HEPTAHYDRATE", "HEXAHYDRATE", "PENTAHYDRATE", "ANHYDROUS", "HYDRATE", "CHLORITE",
        "SELENITE", "SULFIDE", "HYPOCHLORITE", "PERMANGANATE", "EDETATE", "SALICYLATE",
    ]);

    // Words that join the ingredients of a combination, besides the punctuation separators.
    private static readonly FrozenSet<string> JoinWords = FrozenSet.ToFrozenSet(["AND", "WITH", "W"]);

    /// <summary>
    /// Splits a drug entry into its cleaned parts: one per ingredient for combinations written with "\", ";", "/", "+",
    /// "&amp;", " AND ", " WITH " or "W/"; each part upper case, without strength, dose-form and salt words.
    /// </summary>
    /// <param name="text">Verbatim drug name or <c>prod_ai</c>; null or blank gives an empty list.</param>
    /// <returns>Cleaned parts in the order written, empty parts (e.g. the "30" of "70/30") removed; duplicates kept.</returns>
    public static IReadOnlyList<string> SplitClean(string? text)
    {
        var parts = SplitNormalized(text);
        var result = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            var cleaned = StripSalts(part);
            if (cleaned.Length >= 2)
            {
                result.Add(cleaned);
            }
        }

        return result;
    }

    /// <summary>The whole entry cleaned: <see cref="SplitClean"/>'s parts joined with <see cref="CombinationSeparator"/>.</summary>
    /// <param name="text">Verbatim drug name; null or blank gives "".</param>
    /// <returns>E.g. "MIRTAZAPINE" for "Mirtazapine 15mg tab", "SULFAMETHOXAZOLE + TRIMETHOPRIM" for "SULFAMETHOXAZOLE;TRIMETHOPRIM".</returns>
    public static string Clean(string? text) => string.Join(CombinationSeparator, SplitClean(text));

    /// <summary>
    /// Cleans FDA's <c>prod_ai</c> (or any ingredient list) into distinct canonical ingredient names, sorted ordinally.
    /// </summary>
    /// <param name="prodAi">E.g. "ACETAMINOPHEN\HYDROCODONE BITARTRATE"; null or blank gives an empty list.</param>
    /// <returns>E.g. ["ACETAMINOPHEN", "HYDROCODONE"].</returns>
    public static IReadOnlyList<string> CleanIngredients(string? prodAi)
    {
        var parts = SplitClean(prodAi);
        if (parts.Count <= 1)
        {
            return parts;
        }

        var set = new SortedSet<string>(parts, StringComparer.Ordinal);
        return [.. set];
    }

    /// <summary>
    /// Upper-cases and tokenises an entry and splits it into combination parts, removing punctuation, strengths,
    /// units and dose-form words but keeping salt words.
    /// </summary>
    /// <param name="text">Verbatim drug name; null or blank gives an empty list.</param>
    /// <returns>Normalised parts (words separated by one space), empty parts removed.</returns>
    public static IReadOnlyList<string> SplitNormalized(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var upper = text.ToUpperInvariant();
        if (upper.Contains('/', StringComparison.Ordinal))
        {
            upper = WhoDrugCode().Replace(upper, " ");
        }

        if (upper.Contains('-', StringComparison.Ordinal))
        {
            upper = BiosimilarSuffix().Replace(upper, "");
        }
        var tokens = Tokenize(upper);
        var parts = new List<string>(2);
        var current = new StringBuilder();
        string? previous = null;
        var skipToSeparator = false;
        foreach (var raw in tokens)
        {
            var token = Respell(raw);
            if (token == "IN" && current.Length > 0)
            {
                // "CLINDAMYCIN IN DEXTROSE", "HEPARIN IN SODIUM CHLORIDE": the rest of the part names the vehicle.
                skipToSeparator = true;
                continue;
            }

            if (token == SeparatorToken || JoinWords.Contains(token))
            {
                skipToSeparator = false;
                Flush(current, parts);
                previous = token == SeparatorToken ? previous : null;
                continue;
            }

            if (skipToSeparator)
            {
                continue;
            }

            var isNumber = char.IsAsciiDigit(token[0]) || token[0] == '.';
            var isUnit = UnitWords.Contains(token) || token == "%" ||
                (previous is not null && (IsNumberOrUnit(previous)) && UnitAfterNumberWords.Contains(token));
            if (isNumber || isUnit || FormWords.Contains(token))
            {
                previous = isNumber || isUnit ? token : null;
                continue;
            }

            previous = null;
            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(token);
        }

        Flush(current, parts);
        return parts;
    }

    /// <summary>
    /// Removes salt, ester and hydrate words from one normalised part ("TRAZODONE HYDROCHLORIDE" → "TRAZODONE",
    /// "SODIUM VALPROATE" → "VALPROATE") unless the salt is the ingredient ("SODIUM CHLORIDE", "LITHIUM CARBONATE").
    /// </summary>
    /// <param name="normalizedPart">One part as produced by <see cref="SplitNormalized"/>.</param>
    /// <returns>The part without salt words; the input unchanged when nothing applies; never empty for non-empty input.</returns>
    public static string StripSalts(string normalizedPart)
    {
        ArgumentNullException.ThrowIfNull(normalizedPart);
        var words = normalizedPart.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return normalizedPart;
        }

        if (InorganicCations.Contains(words[0]) && words.Skip(1).All(InorganicAnions.Contains))
        {
            return normalizedPart;
        }

        var start = 0;
        if (LeadingCounterIons.Contains(words[0]))
        {
            // "SODIUM VALPROATE": the cation is the counter-ion of an organic moiety.
            start = 1;
        }

        // "CALCIUM D-PANTOTHENATE", "L-GLUTAMINE": a leading stereo descriptor before a long name is not a word of its own.
        // Short names keep it ("L-DOPA" is an abbreviation of its own).
        if (words.Length - start >= 2 && words[start] is "D" or "L" or "DL" && words[start + 1].Length >= 6)
        {
            start++;
        }

        var kept = new List<string>(words.Length);
        for (var i = start; i < words.Length; i++)
        {
            var word = words[i];
            if (word == "HUMAN" && words.Length - start >= 2)
            {
                // "INSULIN HUMAN", "HUMAN FIBRINOGEN", "TERIPARATIDE HUMAN": sources put the species qualifier before, after
                // or nowhere; it names no other ingredient (CALCITONIN SALMON keeps its word), so it is dropped everywhere.
                continue;
            }

            if ((kept.Count > 0 || i > start) && SaltWords.Contains(word))
            {
                // "CABOZANTINIB S-MALATE", "ASPIRIN DL-LYSINE": drop the stereo descriptor left before the salt.
                if (kept.Count > 1 && kept[^1] is "S" or "R" or "D" or "L" or "DL" or "TERT")
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                continue;
            }

            kept.Add(word);
        }

        return kept.Count == 0 ? normalizedPart : string.Join(' ', kept);
    }

    /// <summary>
    /// True for a misspelt salt or ester word ("TARTATE", "HYDROCHORIDE", "SUCCINTE"): within one edit of a known salt word
    /// of 7+ letters (two edits for 11+), same first letter, and not itself a salt word.
    /// </summary>
    internal static bool IsNearSaltWord(string word)
    {
        if (word.Length < 6 || word[0] >= LongSaltsByInitial.Length || SaltWords.Contains(word) || LongSaltsByInitial[word[0]] is not { } salts)
        {
            return false;
        }

        foreach (var salt in salts)
        {
            var max = salt.Length >= 11 ? 2 : 1;
            if (Math.Abs(salt.Length - word.Length) <= max && FuzzyNameIndex.Distance(word, salt, max + 1) <= max)
            {
                return true;
            }
        }

        return false;
    }

    // Salt words of 7+ letters by first letter: the near-miss check compares a word with a handful, not with all of them.
    // Indexed by the letter's code (salt words are ASCII): a dictionary keyed by char would have its generic code
    // compiled at run time, which cost about 14 ms of every process's first drug name, for a table of a few dozen words.
    private static readonly string[]?[] LongSaltsByInitial = ByInitial(SaltWords);

    private static string[]?[] ByInitial(FrozenSet<string> words)
    {
        var lists = new List<string>?[128];
        foreach (var w in words)
        {
            if (w.Length >= 7)
            {
                (lists[w[0]] ??= []).Add(w);
            }
        }

        var table = new string[]?[lists.Length];
        for (var c = 0; c < lists.Length; c++)
        {
            table[c] = lists[c]?.ToArray();
        }

        return table;
    }

    /// <summary>True for a salt, ester or hydrate word ("HYDROCHLORIDE", "MALEATE").</summary>
    internal static bool IsSaltWord(string word) => SaltWords.Contains(word);

    /// <summary>True for a word that, first in a name, makes an inorganic salt ("SODIUM", "LITHIUM", "FERROUS"...).</summary>
    internal static bool IsInorganicCation(string word) => InorganicCations.Contains(word);

    // One spelling per word, so that every source and every report meet: the abbreviation VIT ("VIT D", "VIT B12") and
    // British spellings (ALUMINIUM, SULPHATE, OESTROGEN) become the US words prod_ai and RxNorm use.
    private static string Respell(string token)
    {
        if (token.Length < 3)
        {
            return token;
        }

        if (token == "VIT")
        {
            return "VITAMIN";
        }

        if (token == "ALUMINIUM")
        {
            return "ALUMINUM";
        }

        if (token.StartsWith("SULPH", StringComparison.Ordinal))
        {
            return string.Concat("SULF", token.AsSpan(5));
        }

        if (token.StartsWith("OESTR", StringComparison.Ordinal))
        {
            return token[1..];
        }

        return token;
    }

    private static bool IsNumberOrUnit(string token) =>
        char.IsAsciiDigit(token[0]) || token[0] == '.' || token == "%" || UnitWords.Contains(token) || UnitAfterNumberWords.Contains(token);

    private static void Flush(StringBuilder current, List<string> parts)
    {
        if (current.Length > 0)
        {
            parts.Add(current.ToString());
            current.Clear();
        }
    }

    // Words are runs of letters and digits; a '.' or ',' between digits stays inside a number ("0.5", "1,000");
    // apostrophes join ("RINGER'S" → "RINGERS"); combination separators become one token; anything else splits words.
    private static List<string> Tokenize(string upper)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < upper.Length; i++)
        {
            var c = upper[i];
            if (char.IsLetterOrDigit(c))
            {
                if (TextFolding.FoldWide(c) is { } wide)
                {
                    word.Append(wide);
                }
                else
                {
                    word.Append(TextFolding.Fold(c));
                }

                continue;
            }

            if ((c == '.' || c == ',') && word.Length > 0 && char.IsAsciiDigit(word[^1]) && i + 1 < upper.Length && char.IsAsciiDigit(upper[i + 1]))
            {
                word.Append('.');
                continue;
            }

            if (c is '\'' or '’')
            {
                continue;
            }

            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }

            if (c is '\\' or ';' or '/' or '+' or '&')
            {
                tokens.Add(SeparatorToken);
            }
            else if (c == '%')
            {
                tokens.Add("%");
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }

    // WHO Drug Dictionary codes FAERS appends to some names: "VITAMIN A   /00056001/".
    [GeneratedRegex(@"/\s*\d{5,}\s*/", RegexOptions.CultureInvariant)]
    private static partial Regex WhoDrugCode();

    // FDA's four-letter biosimilar suffixes: "INFLIXIMAB-DYYB", "RISANKIZUMAB-RZAA" (only after a word of 5+ letters).
    [GeneratedRegex(@"(?<=[A-Z]{5})-[A-Z]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex BiosimilarSuffix();
}
