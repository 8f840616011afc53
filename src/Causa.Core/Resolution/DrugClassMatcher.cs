using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>Finds pharmacologic classes from what users type ("antidepressants", "SSRI", "statins").</summary>
internal static class DrugClassMatcher
{
    // Everyday class words → a published class name (FDA EPC or MeSH pharmacologic action) to search for instead.
    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ssri"] = ["Serotonin Reuptake Inhibitor", "Selective Serotonin Reuptake Inhibitors"],
        ["snri"] = ["Serotonin and Norepinephrine Reuptake Inhibitor"],
        ["statin"] = ["HMG-CoA Reductase Inhibitor", "Hydroxymethylglutaryl-CoA Reductase Inhibitors"],
        ["nsaid"] = ["Nonsteroidal Anti-inflammatory Drug", "Anti-Inflammatory Agents, Non-Steroidal"],
        ["tca"] = ["Tricyclic Antidepressant"],
        ["maoi"] = ["Monoamine Oxidase Inhibitor", "Monoamine Oxidase Inhibitors"],
        ["ppi"] = ["Proton Pump Inhibitor", "Proton Pump Inhibitors"],
        ["beta blocker"] = ["beta-Adrenergic Blocker", "Adrenergic beta-Antagonists"],
        ["ace inhibitor"] = ["Angiotensin Converting Enzyme Inhibitor", "Angiotensin-Converting Enzyme Inhibitors"],
        ["arb"] = ["Angiotensin 2 Receptor Blocker", "Angiotensin II Type 1 Receptor Blockers"],
        ["opioid"] = ["Opioid Agonist", "Analgesics, Opioid"],
        ["antipsychotic"] = ["Atypical Antipsychotic", "Typical Antipsychotic", "Antipsychotic Agents"],
        ["antidepressant"] = ["Antidepressive Agents", "Tricyclic Antidepressant", "Antidepressive Agents, Second-Generation", "Antidepressive Agents, Tricyclic", "Serotonin Reuptake Inhibitor", "Serotonin and Norepinephrine Reuptake Inhibitor"],
        ["benzodiazepine"] = ["Benzodiazepine"],
        ["anticoagulant"] = ["Anticoagulant", "Anticoagulants"],
        ["antiepileptic"] = ["Anti-epileptic Agent", "Anticonvulsants"],
        ["corticosteroid"] = ["Corticosteroid", "Glucocorticoids"],
        ["tnf blocker"] = ["Tumor Necrosis Factor Blocker"],
        ["glp1"] = ["GLP-1 Receptor Agonist", "Glucagon-Like Peptide-1 (GLP-1) Agonist"],
    };

    public static IReadOnlyList<DrugClass> Find(IReadOnlyList<DrugClass> classes, string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = Normalize(query);
        if (q.Length == 0 || classes.Count == 0)
        {
            return [];
        }

        var exact = classes.Where(c => string.Equals(Normalize(c.Name), q, StringComparison.Ordinal)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var singular = Singular(q);
        if (Aliases.TryGetValue(singular, out var names) || Aliases.TryGetValue(q, out names))
        {
            var wanted = names.Select(Normalize).ToHashSet(StringComparer.Ordinal);
            var aliased = classes.Where(c => wanted.Contains(Normalize(c.Name))).ToList();
            if (aliased.Count > 0)
            {
                return aliased;
            }
        }

        // Whole words only (each singular query word equals a singular word of the class name): "foo" must never
        // reach "Food Additives" by a shared root, and "stat" is not "statins".
        var queryWords = singular.Split(' ');
        return [.. classes.Where(c =>
        {
            var words = Singular(Normalize(c.Name)).Split(' ');
            return queryWords.All(q => words.Contains(q, StringComparer.Ordinal));
        })];
    }

    private static string Normalize(string s)
    {
        var chars = s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Singular(string q) => string.Join(' ', q.Split(' ').Select(w =>
        w.Length > 3 && w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y" :
        w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));
}
