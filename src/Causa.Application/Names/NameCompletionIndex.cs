using System.Globalization;
using System.Text;
using Causa.Core.Names;
using Causa.Core.Vocabulary;

namespace Causa.Application.Names;

/// <summary>
/// Every name a workspace generation can complete, for one field, sorted by folded key so a prefix is two binary
/// searches. Built once per generation (<see cref="WorkspaceGeneration"/>) and then only read: thread-safe.
/// </summary>
/// <remarks>
/// Each name has two keys: a plain fold (lower case, accents and punctuation removed, single spaces) and
/// <see cref="TermText.Normalize"/> (which also folds British spellings and French elision), so "oedeem", "Ödem",
/// "l'app" and "haem" all find their names. A query matches a name when either of its keys starts with the query's
/// key of the same form.
/// </remarks>
internal sealed class NameCompletionIndex
{
    private readonly NameCompletion[] _entries;
    private readonly (string Key, int Entry)[] _plain;
    private readonly (string Key, int Entry)[] _normalized;

    private NameCompletionIndex(List<NameCompletion> entries)
    {
        _entries = [.. entries];
        _plain = Sorted(_entries.Select(static (e, i) => (Plain(e.Name), i)));
        _normalized = Sorted(_entries.Select(static (e, i) => (TermText.Normalize(e.Name), i)));
    }

    /// <summary>Names in the index.</summary>
    public int Count => _entries.Length;

    /// <summary>The drug field's names: ingredients, brands (with their ingredients), vocabulary classes and class words.</summary>
    public static NameCompletionIndex ForDrugs(IEnumerable<string> ingredients, ImportedVocabulary vocabulary)
    {
        var entries = new List<NameCompletion>();
        var seen = new HashSet<(string, CompletionKind)>();
        foreach (var name in ingredients.Concat(vocabulary.Ingredients))
        {
            Add(entries, seen, new NameCompletion(name, CompletionKind.Ingredient, null, null));
        }

        foreach (var brand in vocabulary.Brands)
        {
            Add(entries, seen, new NameCompletion(brand.Name, CompletionKind.Brand, brand.Ingredients.Count > 0 ? string.Join(" + ", brand.Ingredients) : null, null));
        }

        foreach (var drugClass in vocabulary.Classes)
        {
            Add(entries, seen, new NameCompletion(drugClass.Name, CompletionKind.Class, drugClass.Type, null));
        }

        foreach (var word in ClassWordTable.Words)
        {
            Add(entries, seen, new NameCompletion(word.Word, CompletionKind.Class, word.ClassKey, word.Language));
        }

        return new NameCompletionIndex(entries);
    }

    /// <summary>The condition field's names: MedDRA terms (store, sources, lexicon) and the lexicon's lay words.</summary>
    public static NameCompletionIndex ForConditions(IEnumerable<string> terms)
    {
        var entries = new List<NameCompletion>();
        var seen = new HashSet<(string, CompletionKind)>();
        foreach (var term in terms.Concat(LayTermLexicon.All.Select(static e => e.PreferredTerm)))
        {
            Add(entries, seen, new NameCompletion(term, CompletionKind.Term, null, null));
        }

        foreach (var entry in LayTermLexicon.All)
        {
            Add(entries, seen, new NameCompletion(entry.Phrase, CompletionKind.LayWord, entry.PreferredTerm, entry.Language));
        }

        return new NameCompletionIndex(entries);
    }

    /// <summary>
    /// Names whose key starts with the text's, best first: an exact match before a longer name, then by kind
    /// (<see cref="CompletionKind"/> order), then shorter before longer, then alphabetically. A name offered once only
    /// (case-insensitive), in its best place.
    /// </summary>
    /// <param name="text">Typed text; blank (or only punctuation) gives nothing.</param>
    /// <param name="limit">Most names returned, 1 or more.</param>
    public IReadOnlyList<NameCompletion> Complete(string text, int limit)
    {
        var plain = Plain(text);
        var normalized = TermText.Normalize(text);
        if (plain.Length == 0 && normalized.Length == 0)
        {
            return [];
        }

        var hits = new Dictionary<int, bool>(); // entry -> exact
        Collect(_plain, plain, hits);
        Collect(_normalized, normalized, hits);
        var result = new List<NameCompletion>(limit);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, _) in hits
            .OrderBy(static h => h.Value ? 0 : 1)
            .ThenBy(h => _entries[h.Key].Kind)
            .ThenBy(h => _entries[h.Key].Name.Length)
            .ThenBy(h => _entries[h.Key].Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => _entries[h.Key].Name, StringComparer.Ordinal))
        {
            if (names.Add(_entries[entry].Name) && result.Count < limit)
            {
                result.Add(_entries[entry]);
            }

            if (result.Count == limit)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Lower case, accents removed (canonical decomposition, marks dropped), every run of other characters
    /// than letters and digits one space, trimmed.</summary>
    internal static string Plain(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c switch { 'ß' => "ss", 'æ' or 'Æ' => "ae", 'ø' or 'Ø' => "o", _ => char.ToLowerInvariant(c).ToString() });
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static void Add(List<NameCompletion> entries, HashSet<(string, CompletionKind)> seen, NameCompletion entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Name) && seen.Add((entry.Name.ToUpperInvariant(), entry.Kind)))
        {
            entries.Add(entry);
        }
    }

    private static (string Key, int Entry)[] Sorted(IEnumerable<(string Key, int Entry)> keys)
    {
        var array = keys.Where(static k => k.Key.Length > 0).ToArray();
        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return array;
    }

    private static void Collect((string Key, int Entry)[] keys, string prefix, Dictionary<int, bool> hits)
    {
        if (prefix.Length == 0)
        {
            return;
        }

        var lo = 0;
        var hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(keys[mid].Key, prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < keys.Length && keys[i].Key.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var exact = keys[i].Key.Length == prefix.Length;
            hits[keys[i].Entry] = (hits.TryGetValue(keys[i].Entry, out var before) && before) || exact;
        }
    }
}
