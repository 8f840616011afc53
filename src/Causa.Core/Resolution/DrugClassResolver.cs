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
    private readonly Dictionary<(string Name, string Type), DrugClass> _byNameAndType = [];

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
            _byNameAndType.TryAdd((key, c.Type), c);
        }
    }

    /// <summary>The curated classes (Causa's class table, not every DrugCentral class) that have the ingredient as a member, narrowest first.</summary>
    /// <param name="ingredient">Canonical ingredient (any case).</param>
    /// <returns>The classes, fewest members first (SSRIs before antidepressants); empty when none.</returns>
    public IReadOnlyList<DrugClassResolution> ClassesOf(string ingredient)
    {
        ArgumentNullException.ThrowIfNull(ingredient);
        var key = ingredient.Trim().ToUpperInvariant();

        // Only the classes that have the drug are built (a drug belongs to a few of the table's classes, and building one
        // gathers every member); plain loops and an insertion sort, as LINQ ordered by an int is compiled at run time in
        // every process.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<DrugClassResolution>();
        foreach (var definition in ClassWordTable.Definitions)
        {
            if (!seen.Add(definition.ClassKey) || !HasMember(definition.ClassKey, key))
            {
                continue;
            }

            // Fewest members first, then by key (keys are distinct, so the order is total).
            var c = ByKey(definition.ClassKey, definition.ClassKey);
            var j = found.Count;
            while (j > 0 && (found[j - 1].Members.Count > c.Members.Count
                || (found[j - 1].Members.Count == c.Members.Count && string.CompareOrdinal(found[j - 1].Key, c.Key) > 0)))
            {
                j--;
            }

            found.Insert(j, c);
        }

        return found;
    }

    /// <summary>True when the class <see cref="ByKey"/> builds for <paramref name="classKey"/> lists
    /// <paramref name="member"/> (upper case) among its members.</summary>
    private bool HasMember(string classKey, string member)
    {
        foreach (var row in ClassWordTable.DefinitionsOf(classKey))
        {
            if (row.Kind == ClassDefinitionKind.Members)
            {
                foreach (var m in row.Members)
                {
                    if (string.Equals(m.Trim().ToUpperInvariant(), member, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            else if (row.DrugCentralClass is not null && _byNameAndType.TryGetValue((TermText.Normalize(row.DrugCentralClass), row.ClassType), out var c))
            {
                foreach (var m in c.Ingredients)
                {
                    if (string.Equals(m.ToUpperInvariant(), member, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

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
            else if (row.DrugCentralClass is not null && _byNameAndType.TryGetValue((TermText.Normalize(row.DrugCentralClass), row.ClassType), out var c))
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
