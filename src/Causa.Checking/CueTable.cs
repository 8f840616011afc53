using System.Collections.Frozen;

namespace Causa.Checking;

/// <summary>
/// The general word tables the extractor reads claims with: relation cues, negators, hedges, anaphora and stop words.
/// They describe how health articles phrase claims in English, never a particular article.
/// </summary>
internal static class CueTable
{
    /// <summary>Relation cue phrases (lower case, words separated by single spaces); the longest match at a position wins.</summary>
    public static IReadOnlyList<(string[] Words, ClaimRelation Relation, bool Strong)> Cues { get; } = Build();

    /// <summary>Cue phrases indexed by their first word.</summary>
    public static FrozenDictionary<string, (string[] Words, ClaimRelation Relation, bool Strong)[]> CuesByFirstWord { get; } =
        Cues.GroupBy(static c => c.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.OrderByDescending(static c => c.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Words that deny what follows them in the clause.</summary>
    public static FrozenSet<string> Negators { get; } = new[]
    {
        "not", "no", "never", "cannot", "without", "neither", "nor", "unlikely", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't",
        "weren't", "won't", "can't", "couldn't", "hasn't", "haven't", "shouldn't", "fails", "failed", "nothing", "lack", "lacks", "ineffective",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after a negator that make it not deny the relation ("not everyone", "not all", "not only").</summary>
    public static FrozenSet<string> NegatorExceptions { get; } = new[]
    {
        "everyone", "all", "only", "just", "always", "every", "uncommon", "unusual", "rare", "known", "clear", "sure", "exactly", "yet", "much", "more", "less", "matter", "longer",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Hedges: the claim stays asserted and is marked hedged.</summary>
    public static FrozenSet<string> Hedges { get; } = new[]
    {
        "may", "might", "can", "could", "rarely", "rare", "uncommon", "occasionally", "sometimes", "possibly", "possible", "potential",
        "potentially", "suggest", "suggests", "suggested", "likely", "unlikely", "some", "allegedly", "reportedly", "perhaps", "seem", "seems",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that stand for the last drug named ("it", "this medication").</summary>
    public static FrozenSet<string> AnaphoraNouns { get; } = new[]
    {
        "medication", "medicine", "drug", "pill", "tablet", "treatment", "medications", "medicines", "drugs", "pills", "tablets",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Passive cause cues: the cause is written after them ("swelling caused by fluid retention").</summary>
    public static FrozenSet<string> PassiveCues { get; } = new[] { "caused", "induced", "due", "triggered", "brought" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end a clause: a cue on the other side does not describe a condition on this side.</summary>
    public static FrozenSet<string> ClauseBreaks { get; } = new[] { "but", "however", "whereas", "although", "though", "yet", "because", "since" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before "with" that make the condition after it a description of people, not a claim ("people with obesity").</summary>
    public static FrozenSet<string> Populations { get; } = new[]
    {
        "people", "patients", "persons", "those", "adults", "children", "someone", "anyone", "women", "men", "individuals", "person", "patient", "kids", "adolescents",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a second condition that make it the cause or setting of the first ("nerve pain following shingles").</summary>
    public static FrozenSet<string> Modifiers { get; } = new[] { "following", "after", "from", "by", "in", "of" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Drugs named after these words are examples or comparisons, not what "it" refers to later.</summary>
    public static FrozenSet<string> Comparisons { get; } = new[] { "like", "than", "by", "with", "versus", "vs", "unlike", "other", "as" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words saying that a drug harms what follows them ("bad for the kidneys", "can damage your liver", "hard on the
    /// stomach"): an organ named right after one (a determiner between allowed) is read as harm to that organ.
    /// </summary>
    public static IReadOnlyList<string[]> HarmToOrgan { get; } =
    [
        .. new[]
        {
            "bad for", "harmful to", "harmful for", "toxic to", "toxic for", "hard on", "dangerous for", "dangerous to", "damage to", "damaging to",
            "damage", "damages", "damaging", "harm", "harms", "harming", "injure", "injures",
        }.Select(static p => p.Split(' ')),
    ];

    /// <summary>
    /// Verbs that raise a measured quantity ("may raise blood pressure", "can raise your potassium"): the quantity after
    /// one is read as its raised form (Hypertension, Hyperkalaemia), the claim as causing it.
    /// </summary>
    public static FrozenSet<string> RaiseVerbs { get; } = new[] { "raise", "raises", "raising", "elevate", "elevates", "elevating", "boost", "boosts", "increase", "increases" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may stand between a harm phrase and the organ it names ("bad for the kidneys", "damage your liver").</summary>
    public static FrozenSet<string> Determiners { get; } = new[] { "the", "your", "my", "his", "her", "their", "our", "its", "one's", "a", "person's" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may not begin or end a condition phrase.</summary>
    public static FrozenSet<string> Stop { get; } = new[]
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "your", "my", "his", "her", "their", "its", "our",
        "is", "are", "was", "were", "be", "been", "as", "that", "this", "these", "those", "it", "they", "you", "we", "i", "he", "she", "than", "such",
        "also", "very", "more", "most", "less", "some", "any", "other", "into", "about", "like", "if", "when", "while", "can", "may", "might",
        "will", "would", "should", "could", "not", "no", "do", "does", "did", "have", "has", "had", "which", "who", "what", "how", "there",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Condition wordings that are the relation words themselves, never a condition of the claim.</summary>
    public static FrozenSet<string> NotConditions { get; } = new[]
    {
        "side effect", "side effects", "effect", "effects", "adverse effect", "adverse effects", "adverse reaction", "adverse reactions",
        "adverse event", "adverse events", "reaction", "reactions", "risk", "risks", "symptom", "symptoms", "condition", "conditions",
        "disease", "diseases", "disorder", "disorders", "problem", "problems", "illness", "sick", "treatment", "therapy", "drug", "drugs",
        "medication", "medicine", "use", "abuse", "misuse", "overdose", "interaction", "interactions",
        "ill", "unwell", "health", "pain relief", "relief", "death", "off label use", "product use issue", "drug ineffective", "effective",
        "ineffective", "efficacy", "benefit", "work", "works", "therapeutic product effect decreased", "drug effect decreased",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Substances named in articles that are not the drug of a claim (body chemicals, foods, alcohol).</summary>
    public static FrozenSet<string> NotDrugs { get; } = new[]
    {
        "serotonin", "histamine", "dopamine", "noradrenaline", "norepinephrine", "adrenaline", "epinephrine", "cholesterol", "triglycerides", "glucose",
        "sugar", "sodium", "potassium", "calcium", "water", "oxygen", "alcohol", "ethanol", "caffeine", "prostaglandins", "prostaglandin", "acid",
        "insulin", "gaba", "mucus", "bicarbonate", "food", "placebo", "salt", "iron", "blood", "urea", "creatine", "nicotine", "tobacco", "gamma",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Endings of drug names, used only to decide which unknown long words are worth a misspelling lookup.</summary>
    public static IReadOnlyList<string> DrugEndings { get; } =
    [
        "ine", "ole", "ol", "am", "pam", "pril", "sartan", "statin", "azole", "mab", "cillin", "cycline", "oxetine", "pine", "done", "tin", "ide",
        "one", "ate", "fen", "xen", "lol", "vir", "mycin", "floxacin", "dipine", "lam", "zepam", "tan", "pin", "ban", "gliptin", "glutide", "ium",
    ];

    private static (string[] Words, ClaimRelation Relation, bool Strong)[] Build()
    {
        // Strong cues name the relation on their own, so a sentence holding one may take the drug from context; weak cues
        // ("help", "develop") only link a drug and a condition written in the same sentence.
        string[] causesStrong =
        [
            "side effect", "side effects", "side-effect", "side-effects", "adverse effect", "adverse effects", "adverse reaction", "adverse reactions",
            "adverse event", "adverse events", "cause", "causes", "caused", "causing", "caused by", "induced by", "due to", "triggered by", "brought on by", "induce", "induces", "induced", "inducing",
            "linked to", "linked with", "link between", "associated with", "association between", "risk of", "risk for", "risks of", "risks include",
            "increased risk", "higher risk", "increase the risk", "increases the risk", "raise the risk", "raises the risk", "lead to", "leads to", "led to",
            "leading to", "result in", "results in", "resulted in", "trigger", "triggers", "triggered", "to blame", "blamed for", "boxed warning",
            "black box warning", "toxicity", "can give you", "give you", "gives you", "make you", "makes you", "made you", "contribute to",
            "contributes to", "worsen", "worsens", "worsening of", "bring on", "brings on", "bad for", "harmful to", "harmful for", "toxic to",
            "toxic for", "hard on", "dangerous for", "dangerous to", "damage to", "damaging to",
        ];
        string[] causesWeak =
        [
            "develop", "develops", "developed", "experience", "experienced", "experiences", "get", "suffer", "report", "reported",
            "from taking", "while taking", "when taking", "effects include", "occur", "occurs", "happen", "happens", "common with", "more common with",
            "likely with", "more likely with", "seen with", "occur with", "reported with", "damage", "damages", "damaging", "harm", "harms",
            "harming", "injure", "injures", "raise", "raises", "raising", "elevate", "elevates", "elevating", "boost", "boosts",
            "increase", "increases",
        ];
        string[] treatsStrong =
        [
            "treat", "treats", "treated", "treating", "treatment of", "treatment for", "to treat", "used for", "used to treat", "use for", "prescribed for",
            "prescribed to treat", "prescribed to", "approved for", "approved to treat", "approved to", "indicated for", "indicated to", "off-label for",
            "off label for", "off-label as", "used off-label", "used off label", "relieve", "relieves", "relieved", "relieving", "relief of", "relief from",
            "alleviate", "alleviates", "prevent", "prevents", "preventing", "prevention of", "effective for", "effective in", "effective against",
            "effective at", "works for", "therapy for", "remedy for", "medication for", "medicine for", "drug for", "treatment option for", "first-line",
            "first line", "reduce the risk of", "reduces the risk of", "lower the risk of", "lowers the risk of", "lowering the risk of",
            "reduced the risk of", "cut the risk of",
        ];
        string[] treatsWeak =
        [
            "help", "helps", "helped", "helping", "helpful for", "helpful in", "ease", "eases", "easing", "manage", "manages", "managing", "control",
            "controls", "reduce", "reduces", "reducing", "improve", "improves", "improving", "lower", "lowers", "fight", "fights", "benefit",
            "beneficial", "aid", "used in", "used as",
        ];
        var all = new List<(string[], ClaimRelation, bool)>();
        void Add(string[] phrases, ClaimRelation relation, bool strong)
        {
            foreach (var p in phrases)
            {
                all.Add((p.Replace('-', ' ').Split(' '), relation, strong));
            }
        }

        Add(causesStrong, ClaimRelation.Causes, true);
        Add(causesWeak, ClaimRelation.Causes, false);
        Add(treatsStrong, ClaimRelation.Treats, true);
        Add(treatsWeak, ClaimRelation.Treats, false);
        return [.. all];
    }
}
