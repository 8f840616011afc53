using System.Collections.Concurrent;
using System.Collections.Frozen;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Checking;

/// <summary>
/// Finds drug, class and condition mentions in a tokenised sentence through Causa's resolvers: the phrase tables are the
/// resolvers' own vocabularies (ingredients, brands, lay terms, preferred terms, class words), and every hit is resolved by
/// <see cref="DrugResolver.Lookup"/>, <see cref="TermResolver.Lookup"/> or <see cref="ClassWordTable.Find"/>.
/// </summary>
/// <remarks>Built once (it reads the vocabularies); thread-safe afterwards. Lookups are cached per distinct surface word.</remarks>
internal sealed class MentionFinder
{
    private const int MaxDrugWords = 4;
    private const int MaxClassWords = 3;
    private const int MaxConditionWords = 6;
    private readonly DrugResolver _drugs;
    private readonly TermResolver _terms;
    private readonly FrozenDictionary<string, bool> _drugKeys;
    private readonly FrozenSet<string> _drugFirstWords;
    private readonly FrozenDictionary<string, string> _classWords;
    private readonly FrozenSet<string> _classFirstWords;
    private readonly FrozenDictionary<string, string> _conditions;
    private readonly FrozenDictionary<string, string> _abbreviations;
    private readonly FrozenSet<string> _conditionWords;
    private readonly ConcurrentDictionary<string, Mention?> _drugCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _readings = new(StringComparer.Ordinal);

    public MentionFinder(DrugResolver drugs, TermResolver terms, IEnumerable<string>? knownTerms)
    {
        _drugs = drugs;
        _terms = terms;
        var keys = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in drugs.Vocabulary.Ingredients)
        {
            var key = DrugKey(name);
            if (key is not null)
            {
                keys[key] = false;
            }
        }

        foreach (var brand in drugs.Vocabulary.Brands)
        {
            var key = DrugKey(brand.Name);
            if (key is not null)
            {
                keys.TryAdd(key, true);
            }
        }

        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var w in ClassWordTable.Words)
        {
            var key = TermText.Normalize(w.Word);
            if (key.Length > 0 && ClassWordTable.Find(w.Word) is { } classKey)
            {
                classes.TryAdd(key, classKey);
                keys.Remove(key);
            }
        }

        _classWords = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _classFirstWords = classes.Keys.Select(static k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);

        var conditions = new Dictionary<string, string>(StringComparer.Ordinal);
        void AddCondition(string phrase)
        {
            var normalized = TermText.Normalize(phrase);
            if (normalized.Length < 3 || CueTable.NotConditions.Contains(normalized))
            {
                return;
            }

            var key = ConditionKey(TermText.FoldSpellings(normalized).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (key.Length == 0 || conditions.ContainsKey(key))
            {
                return;
            }

            if (ConditionReading(phrase) is { } term)
            {
                conditions[key] = term;
            }
        }

        foreach (var e in LayTermLexicon.All)
        {
            if (e.Language == "en")
            {
                AddCondition(e.Phrase);
            }
        }

        foreach (var e in LayTermLexicon.All)
        {
            AddCondition(e.PreferredTerm);
        }

        foreach (var (wording, _) in ConditionTermTable.Entries)
        {
            AddCondition(wording);
        }

        foreach (var t in knownTerms ?? [])
        {
            AddCondition(t);
        }

        foreach (var s in drugs.Vocabulary.EventSynonyms)
        {
            AddCondition(s.Phrase);
        }

        // A drug name that is also a condition wording ("ALLERGY" as a brand) reads as the condition.
        foreach (var key in conditions.Keys)
        {
            if (keys.TryGetValue(key, out var brandOnly) && brandOnly)
            {
                keys.Remove(key);
            }
        }

        _drugKeys = keys.ToFrozenDictionary(StringComparer.Ordinal);
        _drugFirstWords = keys.Keys.Where(static k => k.Contains(' ', StringComparison.Ordinal)).Select(static k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal);
        _conditions = conditions.ToFrozenDictionary(StringComparer.Ordinal);
        _conditionWords = conditions.Keys.SelectMany(static k => k.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (abbreviation, term) in LayTermLexicon.Abbreviations)
        {
            abbreviations.TryAdd(abbreviation.ToLowerInvariant(), term);
        }

        _abbreviations = abbreviations.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Drug and class mentions, left to right, non-overlapping (longest first at each position).</summary>
    public List<Mention> FindDrugs(Token[] tokens)
    {
        var found = new List<Mention>();
        for (var i = 0; i < tokens.Length;)
        {
            var m = DrugAt(tokens, i) ?? ClassAt(tokens, i) ?? MisspeltAt(tokens, i);
            if (m is null)
            {
                i++;
                continue;
            }

            found.Add(m);
            i = m.Last + 1;
        }

        return found;
    }

    /// <summary>Condition mentions, skipping tokens in <paramref name="taken"/>.</summary>
    public List<Mention> FindConditions(Token[] tokens, bool[] taken)
    {
        var found = new List<Mention>();
        var stems = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            stems[i] = StemOf(tokens[i].Lower);
        }

        var buffer = new List<string>(MaxConditionWords);
        for (var i = 0; i < tokens.Length;)
        {
            // "may damage the liver" is the harm phrase and its organ (read below), not the wording "liver damage" with
            // the claim's own verb inside it.
            if (taken[i] || CueTable.Stop.Contains(tokens[i].Lower) || HarmVerbBeforeOrgan(tokens, i))
            {
                i++;
                continue;
            }

            Mention? hit = null;
            for (var n = Math.Min(MaxConditionWords, tokens.Length - i); n >= 1 && hit is null; n--)
            {
                var last = i + n - 1;
                if (CueTable.Stop.Contains(tokens[last].Lower))
                {
                    continue;
                }

                buffer.Clear();
                var ok = true;
                for (var k = i; k <= last && ok; k++)
                {
                    if (taken[k] || (k > i && !tokens[k].Hyphenated && tokens[k].Start - tokens[k - 1].End > 1))
                    {
                        ok = false; // a drug inside, or punctuation between the words: not one phrase
                    }
                    else if (!CueTable.Stop.Contains(tokens[k].Lower))
                    {
                        ok = _conditionWords.Contains(stems[k]);
                        buffer.Add(stems[k]);
                    }
                }

                if (!ok || buffer.Count == 0)
                {
                    continue;
                }

                var key = buffer.Count == 1 ? buffer[0] : string.Join(' ', buffer.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                if (_conditions.TryGetValue(key, out var term) && (n > 1 || tokens[i].Lower.Length >= 3))
                {
                    hit = new Mention(i, last, term, false, []);
                }
            }

            if (hit is null && tokens[i].AllCaps && _abbreviations.TryGetValue(tokens[i].Lower, out var abbreviated))
            {
                hit = new Mention(i, i, abbreviated, false, []);
            }

            if (hit is null)
            {
                i++;
                continue;
            }

            found.Add(hit);
            i = hit.Last + 1;
        }

        AddEllipses(tokens, taken, stems, found);
        AddOrganHarm(tokens, taken, found);
        AddRaisedQuantities(tokens, taken, found);
        return found;
    }

    // "it may raise blood pressure": the quantity a raising verb governs is read in its raised form ("high blood pressure",
    // Hypertension) instead of the bare measurement (Blood pressure), which no claim can be about.
    private void AddRaisedQuantities(Token[] tokens, bool[] taken, List<Mention> found)
    {
        for (var v = 0; v < tokens.Length - 1; v++)
        {
            if (!CueTable.RaiseVerbs.Contains(tokens[v].Lower))
            {
                continue;
            }

            var first = v + 1;
            while (first < tokens.Length && first - v <= 2 && CueTable.Determiners.Contains(tokens[first].Lower))
            {
                first++;
            }

            // "raise the risk of", "increase in": a relation phrase, not a quantity.
            if (first >= tokens.Length || taken[first] || CueTable.Stop.Contains(tokens[first].Lower) || CueTable.NotConditions.Contains(tokens[first].Lower))
            {
                continue;
            }

            for (var last = Math.Min(tokens.Length - 1, first + 3); last >= first; last--)
            {
                if (Enumerable.Range(first, last - first + 1).Any(k => taken[k] || (k > first && tokens[k].Start - tokens[k - 1].End > 1)))
                {
                    continue;
                }

                var wording = "high " + string.Join(' ', tokens[first..(last + 1)].Select(static t => t.Lower));
                if (RaisedTerm(wording) is not { } term)
                {
                    continue;
                }

                var (from, to) = (first, last);
                found.RemoveAll(f => f.First <= to && f.Last >= from);
                found.Add(new Mention(from, to, term, false, []));
                found.Sort(static (a, b) => a.First.CompareTo(b.First));
                break;
            }
        }
    }

    private string? RaisedTerm(string wording) => _readings.GetOrAdd(wording, ConditionReading);

    // "bad for the kidneys", "can damage your liver": an organ alone after a harm phrase names harm to that organ, read as
    // the organ's problems (Renal impairment, Liver disorder), else as damage to it, as a question about harm reads it.
    private void AddOrganHarm(Token[] tokens, bool[] taken, List<Mention> found)
    {
        var added = false;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (taken[i] || found.Any(f => f.First <= i && i <= f.Last) || !ConditionWords.IsSite(TermText.ContentKey(tokens[i].Lower)) || !HarmPhraseBefore(tokens, i))
            {
                continue;
            }

            // "bad for the liver cells", "damage to the kidney tubules": a site word followed by another content word is
            // part of a longer phrase this reading would cut short.
            if (i + 1 < tokens.Length && !CueTable.Stop.Contains(tokens[i + 1].Lower) && tokens[i + 1].Start - tokens[i].End <= 1)
            {
                continue;
            }

            if (OrganHarmTerm(tokens[i].Lower) is { } term)
            {
                found.Add(new Mention(i, i, term, false, []));
                added = true;
            }
        }

        if (added)
        {
            found.Sort(static (a, b) => a.First.CompareTo(b.First));
        }
    }

    private static bool HarmVerbBeforeOrgan(Token[] tokens, int i)
    {
        if (!CueTable.HarmToOrgan.Any(p => p.Length == 1 && p[0] == tokens[i].Lower))
        {
            return false;
        }

        var k = i + 1;
        while (k < tokens.Length && k - i <= 2 && CueTable.Determiners.Contains(tokens[k].Lower))
        {
            k++;
        }

        return k < tokens.Length && ConditionWords.IsSite(TermText.ContentKey(tokens[k].Lower));
    }

    private static bool HarmPhraseBefore(Token[] tokens, int organ)
    {
        var end = organ - 1;
        for (var skipped = 0; skipped < 2 && end >= 0 && CueTable.Determiners.Contains(tokens[end].Lower); skipped++)
        {
            end--;
        }

        foreach (var phrase in CueTable.HarmToOrgan)
        {
            var start = end - phrase.Length + 1;
            if (start < 0)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++)
            {
                matches = tokens[start + k].Lower == phrase[k];
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private string? OrganHarmTerm(string organ) => _readings.GetOrAdd(organ, o =>
    {
        foreach (var wording in new[] { o + " problems", o + " damage" })
        {
            if (ConditionReading(wording) is { } term)
            {
                return term;
            }
        }

        return null;
    });

    // The term a wording names outright (no partial, misspelt or ambiguous reading), unless it is a relation word
    // ("side effects") rather than a condition.
    private string? ConditionReading(string wording) =>
        _terms.Lookup(wording).FirmMatch is { } term && !CueTable.NotConditions.Contains(TermText.Normalize(term)) ? term : null;

    // Shared words: "muscle or joint pain" also names muscle pain; "dry mouth and throat" also names dry throat.
    private void AddEllipses(Token[] tokens, bool[] taken, string[] stems, List<Mention> found)
    {
        var count = found.Count;
        for (var m = 0; m < count; m++)
        {
            var c = found[m];
            if (c.Last == c.First)
            {
                continue;
            }

            var before = c.First - 2;
            if (before >= 0 && tokens[c.First - 1].Lower is "or" or "and" && Free(before))
            {
                var key = KeyOf([stems[before], .. stems[(c.First + 1)..(c.Last + 1)]]);
                if (_conditions.TryGetValue(key, out var term))
                {
                    found.RemoveAll(f => f.First == before && f.Last == before);
                    found.Add(new Mention(before, before, term, false, []));
                }
            }

            var after = c.Last + 2;
            if (after < tokens.Length && tokens[c.Last + 1].Lower is "or" or "and" && Free(after))
            {
                var key = KeyOf([.. stems[c.First..c.Last], stems[after]]);
                if (_conditions.TryGetValue(key, out var term))
                {
                    found.RemoveAll(f => f.First == after && f.Last == after);
                    found.Add(new Mention(after, after, term, false, []));
                }
            }
        }

        found.Sort(static (a, b) => a.First.CompareTo(b.First));

        // A word is free when no drug or longer condition holds it; a one-word condition may give way to the shared reading.
        bool Free(int k) => !taken[k] && !CueTable.Stop.Contains(tokens[k].Lower) && !found.Any(f => f.First <= k && k <= f.Last && f.Last > f.First);
    }

    private static string KeyOf(string[] stems) =>
        string.Join(' ', stems.Where(static w => !CueTable.Stop.Contains(w)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private Mention? DrugAt(Token[] tokens, int i)
    {
        var first = tokens[i].Lower;
        var maxWords = _drugFirstWords.Contains(first) ? Math.Min(MaxDrugWords, tokens.Length - i) : 1;
        for (var n = maxWords; n >= 1; n--)
        {
            var key = n == 1 ? first : string.Join(' ', tokens.Skip(i).Take(n).Select(static t => t.Lower));
            if (!_drugKeys.TryGetValue(key, out var brandOnly))
            {
                continue;
            }

            // Brand names are often everyday words ("Aleve" is not, "Bonine" might be): only a capitalised one is a brand.
            if ((brandOnly && !tokens[i].Capitalised) || key.Length < 4)
            {
                continue;
            }

            var m = Resolve(key);
            if (m is not null)
            {
                return m with { First = i, Last = i + n - 1 };
            }
        }

        return null;
    }

    private Mention? ClassAt(Token[] tokens, int i)
    {
        if (!_classFirstWords.Contains(tokens[i].Lower.Replace("'", string.Empty, StringComparison.Ordinal)))
        {
            return null;
        }

        for (var n = Math.Min(MaxClassWords, tokens.Length - i); n >= 1; n--)
        {
            var key = n == 1 ? tokens[i].Lower : string.Join(' ', tokens.Skip(i).Take(n).Select(static t => t.Lower));
            if (_classWords.TryGetValue(TermText.Normalize(key), out var classKey))
            {
                return new Mention(i, i + n - 1, classKey, true, []);
            }
        }

        return null;
    }

    // Unknown words shaped like drug names ("mirtazepine") get one misspelling lookup; everything else is never looked up.
    private Mention? MisspeltAt(Token[] tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word.Length < 6 || !word.All(char.IsAsciiLetterLower) || CueTable.NotDrugs.Contains(word) || _conditionWords.Contains(StemOf(word)) ||
            !CueTable.DrugEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }

        var m = _drugCache.GetOrAdd("~" + word, w =>
        {
            var found = _drugs.Lookup(w[1..]);
            return found.Kind == DrugResolutionKind.Misspelling && found.Match is not null && found.Confidence >= 0.85
                ? new Mention(0, 0, found.Match, false, found.Ingredients)
                : null;
        });
        return m is null ? null : m with { First = i, Last = i };
    }

    private Mention? Resolve(string key) => _drugCache.GetOrAdd(key, k =>
    {
        var found = _drugs.Lookup(k);
        return found.Match is null || found.Ingredients.Count == 0 || found.Ingredients.All(static x => CueTable.NotDrugs.Contains(x.ToLowerInvariant()))
            ? null
            : new Mention(0, 0, found.Match, false, found.Ingredients);
    });

    private string StemOf(string lower) => _stems.GetOrAdd(lower, static w =>
    {
        var normalized = TermText.FoldSpellings(TermText.Normalize(w));
        return normalized.Length == 0 ? w : Stem(normalized.Replace(" ", string.Empty, StringComparison.Ordinal));
    });

    // Inflected forms of a longer reading must meet its key, or a shorter, blander term inside it wins the match:
    // "putting on weight" must reach "put on weight" (Weight increased), not stop at the measurement term Weight;
    // "increase in blood pressure" must reach Blood pressure increased, not Blood pressure. Text and keys share this
    // stem, so the extra steps (a past "-ed" removed, a doubled final consonant made single) only join more forms.
    private static string Stem(string word)
    {
        if (word.Length - 2 >= 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        var stem = TermText.Stem(TermText.Stem(word));
        return stem.Length >= 3 && stem[^1] == stem[^2] && char.IsAsciiLetterLower(stem[^1]) && stem[^1] is not ('a' or 'e' or 'i' or 'o' or 'u')
            ? stem[..^1]
            : stem;
    }

    private static string ConditionKey(IEnumerable<string> words)
    {
        var content = words.Where(static w => !CueTable.Stop.Contains(w)).Select(Stem).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return string.Join(' ', content);
    }

    private static string? DrugKey(string name)
    {
        var key = TermText.Normalize(name);
        if (key.Length < 4 || CueTable.NotDrugs.Contains(key) || CueTable.Stop.Contains(key))
        {
            return null;
        }

        return key.Count(static c => c == ' ') >= MaxDrugWords ? null : key;
    }
}
