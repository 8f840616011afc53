using Causa.Core.Names;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>
/// Reads a user's words as a drug class: Causa's curated class words first (<see cref="ClassWordTable"/>: whole phrases in
/// English, Dutch, German, French and Spanish), then a DrugCentral class name matched exactly (after case, accent and
/// punctuation folding). Never by substring, prefix or stem: "foo" is not "Food Additives" and "stat" is not "statins".
/// </summary>
/// <remarks>Immutable after construction; thread-safe.</remarks>
public sealed class DrugClassResolver
{
    private readonly Dictionary<string, List<DrugClass>> _byName = new(StringComparer.Ordinal);
    // Keyed by the folded name and the class type, joined by a line feed (which a folded name never holds): a string key
    // keeps the dictionary to code a ReadyToRun image holds, where a tuple key is compiled on a process's first answer.
    private readonly Dictionary<string, DrugClass> _byNameAndType = new(StringComparer.Ordinal);

    /// <summary>Builds a resolver over the vocabulary's DrugCentral classes.</summary>
    /// <param name="drugCentralClasses">The vocabulary's classes (<see cref="ImportedVocabulary.Classes"/>); empty is allowed (then only member-list classes have members).</param>
    public DrugClassResolver(IReadOnlyList<DrugClass> drugCentralClasses)
    {
        ArgumentNullException.ThrowIfNull(drugCentralClasses);
        foreach (var c in drugCentralClasses)
        {
            var key = TermText.Normalize(c.Name);
            if (!_byName.TryGetValue(key, out var list))
            {
                _byName[key] = list = [];
            }

            list.Add(c);
            _byNameAndType.TryAdd(NameAndType(key, c.Type), c);
        }
    }

    /// <summary>The curated classes (Causa's class table, not every DrugCentral class) that have the ingredient as a member, narrowest first.</summary>
    /// <param name="ingredient">Canonical ingredient (any case).</param>
    /// <returns>The classes, fewest members first (SSRIs before antidepressants); empty when none.</returns>
    public IReadOnlyList<DrugClassResolution> ClassesOf(string ingredient)
    {
        ArgumentNullException.ThrowIfNull(ingredient);
        var key = ingredient.Trim().ToUpperInvariant();

        // Only the classes that have the ingredient are built whole (every answer asks this of its drug, which belongs to
        // few of them); plain loops and an insertion sort over a few classes rather than LINQ.
        var found = new List<DrugClassResolution>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in ClassWordTable.Definitions)
        {
            if (seen.Add(definition.ClassKey) && HasMember(definition.ClassKey, key))
            {
                found.Add(ByKey(definition.ClassKey, definition.ClassKey));
            }
        }

        var sorted = found.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var c = sorted[i];
            var j = i - 1;
            while (j >= 0 && Before(c, sorted[j]))
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = c;
        }

        return sorted;

        // Fewest members first, then by class key (keys are distinct, so the order is total).
        static bool Before(DrugClassResolution x, DrugClassResolution y) =>
            x.Members.Count != y.Members.Count ? x.Members.Count < y.Members.Count : string.CompareOrdinal(x.Key, y.Key) < 0;
    }

    /// <summary>True when the class has the ingredient (upper case) as a member, as <see cref="ByKey"/> would list it.</summary>
    private bool HasMember(string classKey, string ingredient)
    {
        foreach (var row in ClassWordTable.DefinitionsOf(classKey))
        {
            if (row.Kind == ClassDefinitionKind.Members)
            {
                foreach (var member in row.Members)
                {
                    if (string.Equals(member.Trim().ToUpperInvariant(), ingredient, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            else if (row.DrugCentralClass is not null && _byNameAndType.TryGetValue(NameAndType(TermText.Normalize(row.DrugCentralClass), row.ClassType), out var c))
            {
                foreach (var member in c.Ingredients)
                {
                    if (string.Equals(member.ToUpperInvariant(), ingredient, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string NameAndType(string foldedName, string type) => foldedName + "\n" + type;

    /// <summary>Resolves words as a class.</summary>
    /// <param name="text">The words as typed ("SSRIs", "antidepressiva", "Tricyclic Antidepressant").</param>
    /// <returns>The class and its members; null when the whole phrase names no class.</returns>
    public DrugClassResolution? Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = ClassWordTable.Find(text);
        if (key is not null)
        {
            return ByKey(key, text);
        }

        var normalized = TermText.Normalize(text);
        if (normalized.Length == 0 || !_byName.TryGetValue(normalized, out var classes))
        {
            return null;
        }

        var all = classes.SelectMany(static c => c.Ingredients).Select(static m => m.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal);
        return new DrugClassResolution(text, classes[0].Name, null, "drugcentral", [.. all], [new CuratedSource("DrugCentral", "DrugCentral pharmacologic classes (" + string.Join(", ", classes.Select(static c => c.Type).Distinct()) + ")", "https://drugcentral.org/")]);
    }

    private DrugClassResolution ByKey(string key, string input)
    {
        var rows = ClassWordTable.DefinitionsOf(key);
        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Kind == ClassDefinitionKind.Members)
            {
                members.UnionWith(row.Members.Select(static m => m.Trim().ToUpperInvariant()));
            }
            else if (row.DrugCentralClass is not null && _byNameAndType.TryGetValue(NameAndType(TermText.Normalize(row.DrugCentralClass), row.ClassType), out var c))
            {
                members.UnionWith(c.Ingredients.Select(static m => m.ToUpperInvariant()));
            }
        }

        var name = rows.Count > 0 ? rows[0].DisplayName : key;
        return new DrugClassResolution(input, name, key, "class-words", [.. members], [.. rows.Select(static r => r.Source).Distinct()]);
    }

    /// <summary>
    /// Class names to offer when words name no class: curated class words and DrugCentral class names within a small
    /// spelling distance of the whole phrase (at most 1 edit up to 5 letters, 2 up to 10, 3 beyond). Never a name that
    /// merely contains the words.
    /// </summary>
    /// <param name="text">The words as typed.</param>
    /// <param name="max">Most suggestions to return (≥ 1).</param>
    /// <returns>Class names, closest first; empty when nothing is close.</returns>
    public IReadOnlyList<string> Suggest(string text, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var q = TermText.Normalize(text);
        if (q.Length < 3)
        {
            return [];
        }

        var limit = q.Length <= 5 ? 1 : q.Length <= 10 ? 2 : 3;
        var found = new List<(int Distance, string Name)>();
        foreach (var word in ClassWordTable.Words)
        {
            var d = EditDistance.Bounded(q, TermText.Normalize(word.Word), limit);
            if (d <= limit)
            {
                var rows = ClassWordTable.DefinitionsOf(word.ClassKey);
                found.Add((d, rows.Count > 0 ? rows[0].DisplayName : word.ClassKey));
            }
        }

        foreach (var (name, classes) in _byName)
        {
            var d = EditDistance.Bounded(q, name, limit);
            if (d <= limit)
            {
                found.Add((d, classes[0].Name));
            }
        }

        return [.. found.OrderBy(static f => f.Distance).ThenBy(static f => f.Name, StringComparer.Ordinal).Select(static f => f.Name).Distinct().Take(max)];
    }
}
