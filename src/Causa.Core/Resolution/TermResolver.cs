using System.Collections.Frozen;
using Causa.Core.Names;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>
/// Resolves what people write about an adverse event ("backache", "can't sleep", "rugpijn", "Rückenschmerzen", "insomina")
/// to a MedDRA preferred term as FAERS reports it, with the reason, a confidence, alternatives and related terms.
/// </summary>
/// <remarks>
/// <para>Steps: (1) the text is a known PT, lexicon wording or imported synonym after normalising case, accents and
/// punctuation; (2) the same on content words only, with filler words ("I have", "mijn", "ich habe") removed, simple
/// inflections stripped and word order ignored (confidence 0.95); (2b) the same body site and the same kind of condition in
/// other words (<see cref="ConditionWords"/>: "esophageal cancer" is Oesophageal carcinoma, "kidney cancer" Renal cancer;
/// <see cref="TermMatchKind.Synonym"/>, 0.9); (2c) a known wording holding every content word of the input whose only other
/// words are generic heads (<see cref="ConditionWords.IsGenericHead"/>: "post traumatic stress" is Post-traumatic stress
/// disorder, "irritable bowel" Irritable bowel syndrome; <see cref="TermMatchKind.Synonym"/>, 0.9); (2d) a measured quantity
/// and the way it went ("low magnesium", "raised potassium level") as the test-result wording of that quantity in that
/// direction ("Blood magnesium decreased"; for a low one also its deficiency; <see cref="ConditionWords.DirectionOf"/>,
/// <see cref="TermMatchKind.Synonym"/>, 0.9); (3) a misspelling within optimal-string-alignment distance
/// 1 (≤ 5 characters) or 2 (longer) of a known wording, when all nearest wordings mean the same PT (0.85 / 0.7);
/// (4) the largest subset of the content words that is a known wording, e.g. a symptom word inside a longer sentence: reported
/// as <see cref="TermMatchKind.Partial"/> (0.8) only when no dropped word can change the meaning (not a number, letter or code,
/// never beside the matched words in a longer known wording, not a body site beside a condition named per site, and never
/// when only modifier words such as "low" or "loss" would be kept: <see cref="ConditionWords.IsModifier"/>);
/// otherwise the reading is offered as an alternative, never
/// taken. Misspelling correction never changes a number or a single letter ("B12", "type 2", "hepatitis C").
/// British and American spellings meet by rule (<see cref="TermText.FoldSpellings"/>); curated clinical abbreviations
/// (PTSD, DVT, GERD...) match exactly. When wordings for different PTs fit equally well the
/// answer is <see cref="TermMatchKind.Ambiguous"/> with the choices. Related terms are listed, never merged. Text of common
/// words only (<see cref="TermText.IsCommonWord"/>: "nothing", "never", "nichts", "rien", "nada") is matched only when it
/// holds a whole known wording ("I feel nothing" holds "feel nothing"): never by content, as a misspelling or inside.</para>
/// <para>Immutable after construction; thread-safe.</para>
/// </remarks>
public sealed class TermResolver
{
    // Plain dictionaries for what is only looked up: freezing them (choosing a hash for the keys) cost more than every
    // lookup a process makes. The exact index is also walked, by the content and misspelling indexes, in the order its
    // frozen form gives, so that form is kept for them, frozen on first use.
    private readonly Dictionary<string, TermAlternative[]> _exact;
    private readonly Lazy<FrozenDictionary<string, TermAlternative[]>> _exactInOrder;
    // The content-word indexes (content keys, site keys, weak wordings, keys by word) serve wordings that are not a known
    // wording as typed: an exact PT or lay wording (most questions) never needs them, and building them (every key's
    // content words, HasUncommonWord on each) was a fifth of an `ask` process. Built on first use.
    private readonly Lazy<ContentIndexes> _contentIndexes;
    private readonly Dictionary<string, string> _languages;
    // Related terms come from the bundled lexicon alone: the same for every resolver, built once per process.
    private static readonly Lazy<Dictionary<string, string[]>> Related = new(BuildRelated, LazyThreadSafetyMode.ExecutionAndPublication);
    // A resolver over the store folder's name index (TermExactTable) answers a known wording from the table, read in
    // place, and anything else with the resolver built in memory from the same vocabulary and terms, on first need.
    private readonly TermExactTable? _table;
    private readonly Lazy<TermResolver>? _full;
    // The fuzzy index serves misspelt and unknown wordings only; an exact or lay wording (most questions) never needs it,
    // so it is built on first use rather than by every process that resolves a term.
    private readonly Lazy<(FuzzyNameIndex Index, FrozenDictionary<string, string> Keys)> _fuzzy;
    private readonly string[] _sortedTerms;
    private const int MaxSubsetWords = 10;

    /// <summary>Builds a resolver from the bundled lexicon, an optional imported vocabulary and known PTs.</summary>
    /// <param name="vocabulary">Imported sources (SIDER synonyms); null for none.</param>
    /// <param name="knownTerms">Preferred terms known to exist (e.g. every PT in the case store); null for only those of the lexicon.</param>
    public TermResolver(ImportedVocabulary? vocabulary = null, IEnumerable<string>? knownTerms = null)
    {
        var exact = new Dictionary<string, List<TermAlternative>>(StringComparer.Ordinal);
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        var terms = new SortedSet<string>(StringComparer.Ordinal);

        void Add(string phrase, string term, TermMatchKind kind, string? language)
        {
            var key = TermText.Normalize(phrase);
            if (key.Length == 0)
            {
                return;
            }

            if (!exact.TryGetValue(key, out var list))
            {
                list = [];
                exact[key] = list;
            }

            if (!list.Any(a => string.Equals(a.Term, term, StringComparison.Ordinal)))
            {
                list.Add(new TermAlternative(term, phrase, kind, 1));
                if (language is not null)
                {
                    languages.TryAdd(key + "\u001f" + term, language);
                }
            }
        }

        foreach (var pt in (knownTerms ?? []).Concat(LayTermLexicon.All.Select(e => e.PreferredTerm)).Concat(LayTermLexicon.Related.SelectMany(r => new[] { r.Term, r.Related })))
        {
            if (!string.IsNullOrWhiteSpace(pt))
            {
                terms.Add(pt.Trim());
            }
        }

        foreach (var pt in terms)
        {
            Add(pt, pt, TermMatchKind.Exact, null);
        }

        foreach (var e in LayTermLexicon.All)
        {
            Add(e.Phrase, e.PreferredTerm, e.Language == "en" ? TermMatchKind.LayTerm : TermMatchKind.Language, e.Language);
        }

        foreach (var (abbreviation, term) in LayTermLexicon.Abbreviations)
        {
            terms.Add(term);
            Add(abbreviation, term, TermMatchKind.Abbreviation, null);
        }

        foreach (var s in vocabulary?.EventSynonyms ?? [])
        {
            terms.Add(s.PreferredTerm);
            Add(s.Phrase, s.PreferredTerm, TermMatchKind.Synonym, null);
        }

        // An exact PT beats any wording of another PT that happens to read the same.
        _exact = exact.ToDictionary(p => p.Key, p => p.Value.Any(a => a.Kind == TermMatchKind.Exact) ? [.. p.Value.Where(a => a.Kind == TermMatchKind.Exact)] : p.Value.ToArray(), StringComparer.Ordinal);
        _exactInOrder = new(() => _exact.ToFrozenDictionary(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        _contentIndexes = new(BuildContentIndexes, LazyThreadSafetyMode.ExecutionAndPublication);
        _languages = languages;
        _fuzzy = new(BuildFuzzy, LazyThreadSafetyMode.ExecutionAndPublication);
        _sortedTerms = [.. terms];
    }

    /// <summary>
    /// A resolver answering known wordings from the exact table of the store folder's name index, and everything else
    /// (content words, misspellings, completion, <see cref="TermCount"/>) with the resolver <paramref name="full"/> builds,
    /// on first need. It answers exactly as that resolver when the table was written from one over the same vocabulary
    /// and terms by the same build (<see cref="DrugNameIndexFile"/> checks both).
    /// </summary>
    /// <param name="table">The exact wordings, read in place.</param>
    /// <param name="full">Builds the resolver over the same vocabulary and terms.</param>
    internal TermResolver(TermExactTable table, Func<TermResolver> full)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(full);
        _table = table;
        _full = new(full, LazyThreadSafetyMode.ExecutionAndPublication);
        _exact = new Dictionary<string, TermAlternative[]>(StringComparer.Ordinal);
        _exactInOrder = new(static () => FrozenDictionary<string, TermAlternative[]>.Empty, LazyThreadSafetyMode.ExecutionAndPublication);
        _contentIndexes = new(BuildContentIndexes, LazyThreadSafetyMode.ExecutionAndPublication);
        _languages = new Dictionary<string, string>(StringComparer.Ordinal);
        _fuzzy = new(BuildFuzzy, LazyThreadSafetyMode.ExecutionAndPublication);
        _sortedTerms = [];
    }

    private static Dictionary<string, string[]> BuildRelated()
    {
        var related = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in LayTermLexicon.Related)
        {
            (related.TryGetValue(a, out var sa) ? sa : related[a] = new SortedSet<string>(StringComparer.Ordinal)).Add(b);
            (related.TryGetValue(b, out var sb) ? sb : related[b] = new SortedSet<string>(StringComparer.Ordinal)).Add(a);
        }

        return related.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every exact wording (normalised) with its alternatives, in this resolver's order, and the language of
    /// each alternative's wording (null for none): what <see cref="TermExactTable"/> writes.</summary>
    internal IEnumerable<(string Key, TermAlternative[] Hits, string?[] Languages)> ExactEntries() =>
        _full is not null
            ? _full.Value.ExactEntries()
            : _exact.Select(p => (p.Key, p.Value, p.Value.Select(a => _languages.GetValueOrDefault(TermText.Normalize(a.Via) + "\u001f" + a.Term)).ToArray()));

    /// <summary>The content-word indexes over every exact key (see <see cref="ContentIndexes"/>).</summary>
    private ContentIndexes BuildContentIndexes()
    {
        var content = new Dictionary<string, List<TermAlternative>>(StringComparer.Ordinal);
        var weak = new List<(string[] Words, TermAlternative[] Hits)>();
        foreach (var (key, alternatives) in _exactInOrder.Value)
        {
            var ck = TermText.ContentKey(key);
            if (ck.Length == 0)
            {
                continue;
            }

            // A wording of common words only ("feel nothing") is no evidence by its content alone: the word "nothing" is not
            // anhedonia. It matches only as a whole phrase inside the text (see Lookup).
            if (!TermText.HasUncommonWord(key))
            {
                if (key.Contains(' ', StringComparison.Ordinal))
                {
                    weak.Add((key.Split(' '), alternatives));
                }

                continue;
            }

            if (!content.TryGetValue(ck, out var list))
            {
                list = [];
                content[ck] = list;
            }

            foreach (var a in alternatives)
            {
                if (!list.Any(x => string.Equals(x.Term, a.Term, StringComparison.Ordinal)))
                {
                    list.Add(a);
                }
            }
        }

        var contentIndex = content.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        // Site-specific wordings by their site key ("esophageal carcinoma" and "esophageal cancer" share one): an exact PT
        // wins over a lay wording of another PT, as for exact keys.
        var siteKeys = new Dictionary<string, List<TermAlternative>>(StringComparer.Ordinal);
        foreach (var (ck, alternatives) in content)
        {
            if (ConditionWords.SiteKey(ck) is not { } sk)
            {
                continue;
            }

            var list = siteKeys.TryGetValue(sk, out var l) ? l : siteKeys[sk] = [];
            foreach (var a in alternatives)
            {
                if (!list.Any(x => string.Equals(x.Term, a.Term, StringComparison.Ordinal)))
                {
                    list.Add(a);
                }
            }
        }

        var sitedHeads = siteKeys.Keys.Select(ConditionWords.HeadOf).Where(static h => h.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var siteKeyIndex = siteKeys.ToFrozenDictionary(p => p.Key, p => p.Value.Any(a => a.Kind == TermMatchKind.Exact) ? [.. p.Value.Where(a => a.Kind == TermMatchKind.Exact)] : p.Value.ToArray(), StringComparer.Ordinal);
        var byWord = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var ck in content.Keys)
        {
            var kw = ck.Split(' ');
            foreach (var w in kw)
            {
                (byWord.TryGetValue(w, out var l) ? l : byWord[w] = []).Add(kw);
            }
        }

        return new ContentIndexes(contentIndex, siteKeyIndex, sitedHeads, [.. weak], byWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The misspelling index: every known wording of 4+ characters, upper-cased, with the wording it stands for.</summary>
    private (FuzzyNameIndex Index, FrozenDictionary<string, string> Keys) BuildFuzzy()
    {
        var fuzzyKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in _exactInOrder.Value.Keys.Where(k => k.Length >= 4))
        {
            fuzzyKeys.TryAdd(k.ToUpperInvariant(), k);
        }

        var keys = fuzzyKeys.ToFrozenDictionary(StringComparer.Ordinal);
        return (new FuzzyNameIndex(keys.Keys), keys);
    }

    /// <summary>Number of preferred terms known.</summary>
    public int TermCount => _full?.Value.TermCount ?? _sortedTerms.Length;

    /// <summary>Resolves one text.</summary>
    /// <param name="text">What the user wrote; blank gives an unresolved answer without suggestions.</param>
    public TermLookup Lookup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = TermText.Normalize(text);
        if (key.Length == 0)
        {
            return new TermLookup(text, null, TermMatchKind.Unresolved, null, 0, [], [], []);
        }

        if (_table is not null)
        {
            bool known;
            TermAlternative[]? found;
            string?[]? languages;
            try
            {
                known = _table.TryGet(key, out found, out languages);
            }
            catch (InvalidStoreException e) when (e.FileName is not null)
            {
                // A damaged part of the name index: the full resolver, which the table reproduces, answers instead, as
                // for a query without the index.
                (known, found, languages) = (false, null, null);
            }

            return known
                ? Answer(text, found!, null, 1, _ => languages![0])
                : _full!.Value.Lookup(text);
        }

        if (_exact.TryGetValue(key, out var hits))
        {
            return Answer(text, key, hits, null, 1);
        }

        // "UTIs", "DVTs", "M.I.", "P.T.S.D.": an abbreviation written with dots or a plural s is the abbreviation.
        if (AbbreviationForm(text) is { } abbreviation && _exact.TryGetValue(TermText.Normalize(abbreviation), out var abbreviated))
        {
            return Answer(text, key, abbreviated, TermMatchKind.Abbreviation, 1);
        }

        // Text made only of common and filler words ("nothing", "never", "nichts") names a condition only when it holds a
        // whole known wording of such words ("I feel nothing" holds "feel nothing"); it is never matched by content,
        // corrected as a misspelling or searched for a shorter wording.
        if (!TermText.HasUncommonWord(key))
        {
            var words = key.Split(' ');
            var whole = _contentIndexes.Value.Weak.Where(w => Contains(words, w.Words)).OrderByDescending(static w => w.Words.Length).FirstOrDefault();
            return whole.Hits is { } weakHits
                ? Answer(text, key, weakHits, null, 0.95)
                : new TermLookup(text, null, TermMatchKind.Unresolved, null, 0, [], [], []);
        }

        var contentKey = TermText.ContentKey(key);
        if (contentKey.Length > 0 && _contentIndexes.Value.Content.TryGetValue(contentKey, out hits))
        {
            return Answer(text, key, hits, null, 0.95);
        }

        // The same site and the same kind of condition in other words ("esophageal cancer" is Oesophageal carcinoma,
        // "kidney cancer" Renal cancer, "hepatic injury" Liver injury).
        if (contentKey.Length > 0 && ConditionWords.SiteKey(contentKey) is { } siteKey && _contentIndexes.Value.SiteKeys.TryGetValue(siteKey, out hits))
        {
            return Answer(text, key, hits, TermMatchKind.Synonym, 0.9);
        }

        // Every typed word is in a known wording whose only other words are generic heads ("post traumatic stress" is
        // Post-traumatic stress disorder, "irritable bowel" Irritable bowel syndrome): the whole input is read, no word dropped.
        if (contentKey.Length > 0 && WithGenericHead(contentKey) is { } headed)
        {
            return Answer(text, key, headed, TermMatchKind.Synonym, 0.9);
        }

        // A measured quantity and the way it went ("low magnesium", "raised potassium level", "low vitamin D") is the
        // test-result term of that quantity in that direction (Blood magnesium decreased), or for a low one its deficiency.
        if (contentKey.Length > 0 && WithDirection(contentKey) is { } measured)
        {
            return Answer(text, key, measured, TermMatchKind.Synonym, 0.9);
        }

        var upper = key.ToUpperInvariant();
        if (upper.Length >= 4)
        {
            var (fuzzy, fuzzyKeys) = _fuzzy.Value;
            var (found, distance) = fuzzy.FindNearest(upper, upper.Length <= 5 ? 1 : 2);
            var nearest = found.Where(n => SameMarkers(upper, n)).ToList();
            if (nearest.Count > 0)
            {
                var candidates = nearest.SelectMany(n => _exact[fuzzyKeys[n]]).ToArray();
                return Answer(text, key, candidates, TermMatchKind.Misspelling, distance <= 1 ? 0.85 : 0.7);
            }
        }

        var partial = FindInside(key);
        if (partial is not null)
        {
            var (inside, safe) = partial.Value;
            if (safe)
            {
                return Answer(text, key, inside, TermMatchKind.Partial, 0.8);
            }

            // The reading drops a word that changes the meaning ("traumatic stress" holds Stress, but "traumatic"
            // makes it another condition; "vitamin B12 deficiency" is not any vitamin deficiency): offered, never taken.
            var choices = inside.GroupBy(h => h.Term, StringComparer.Ordinal).Select(g => g.First() with { Kind = TermMatchKind.Partial, Confidence = 0.5 }).ToList();
            return new TermLookup(text, null, TermMatchKind.Partial, null, 0, choices, [], [.. choices.Select(c => c.Term)]);
        }

        var suggestions = upper.Length >= 3
            ? _fuzzy.Value.Index.FindWithin(upper, Math.Min(4, Math.Max(2, upper.Length / 3)), 5).SelectMany(s => _exact[_fuzzy.Value.Keys[s.Name]]).Select(a => a.Term)
                .Concat(Complete(text, 5)).Distinct(StringComparer.Ordinal).Take(8).ToList()
            : [];
        return new TermLookup(text, null, TermMatchKind.Unresolved, null, 0, [], [], suggestions);
    }

    /// <summary>
    /// True when the whole text, as written (after normalising case, accents and punctuation), is a known wording of a
    /// condition: a preferred term, a lay or translated wording, an abbreviation or an imported synonym. Only the exact
    /// table is consulted — no content-word, misspelling, partial or rule-based reading, and no index built on first use —
    /// so it is a cheap test of whether words name a condition before they are read as something else.
    /// </summary>
    /// <param name="text">Any text; blank gives false.</param>
    public bool IsKnownWording(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = TermText.Normalize(text);
        if (key.Length == 0)
        {
            return false;
        }

        if (_table is not null)
        {
            try
            {
                return _table.Contains(key);
            }
            catch (InvalidStoreException e) when (e.FileName is not null)
            {
                // A damaged part of the name index: asked of the full resolver, as for a query without the index.
                return _full!.Value.IsKnownWording(text);
            }
        }

        return _exact.ContainsKey(key);
    }

    /// <summary>Preferred terms starting with the typed text (case-insensitive), for autocomplete.</summary>
    /// <param name="prefix">Typed text; blank gives none.</param>
    /// <param name="limit">Maximum number of terms (≥ 1).</param>
    public IReadOnlyList<string> Complete(string prefix, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var p = prefix.Trim();
        if (p.Length == 0)
        {
            return [];
        }

        if (_full is not null)
        {
            return _full.Value.Complete(prefix, limit);
        }

        // Terms are few (thousands): a case-insensitive scan of the sorted array is well under a millisecond.
        return [.. _sortedTerms.Where(t => t.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Take(limit)];
    }

    /// <summary>Related but separate preferred terms of a PT (e.g. Sciatica for Back pain); empty when none.</summary>
    /// <param name="preferredTerm">A preferred term.</param>
    public IReadOnlyList<string> RelatedTerms(string preferredTerm) =>
        preferredTerm is not null && Related.Value.TryGetValue(preferredTerm, out var r) ? r : [];

    // Numbers and single letters name the condition ("vitamin B12", "type 2", "hepatitis C"): a spelling correction
    // may not change them, so "VITAMIN B12 DEFICIENCY" is never corrected to "VITAMIN B1 DEFICIENCY".
    private static bool SameMarkers(string typed, string known) =>
        Markers(typed).SequenceEqual(Markers(known), StringComparer.Ordinal);

    private static IEnumerable<string> Markers(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsMarker);

    private TermLookup Answer(string text, string key, TermAlternative[] hits, TermMatchKind? kindOverride, double confidence) =>
        Answer(text, hits, kindOverride, confidence, hit => _languages.GetValueOrDefault(TermText.Normalize(hit.Via) + "\u001f" + hit.Term));

    // The answer for the alternatives of one reading; languageOf gives the language of the chosen (first) alternative.
    private TermLookup Answer(string text, TermAlternative[] hits, TermMatchKind? kindOverride, double confidence, Func<TermAlternative, string?> languageOf)
    {
        var distinct = hits.GroupBy(h => h.Term, StringComparer.Ordinal).Select(g => g.First()).ToArray();
        if (distinct.Length > 1)
        {
            var choices = distinct.Select(h => h with { Confidence = confidence / distinct.Length }).ToList();
            return new TermLookup(text, null, TermMatchKind.Ambiguous, null, 0, choices, [], []);
        }

        var hit = distinct[0];
        var kind = kindOverride ?? hit.Kind;
        var language = languageOf(hit);
        return new TermLookup(text, hit.Term, kind, language, confidence, [], RelatedTerms(hit.Term), []);
    }

    // The largest subset of the text's content words that is itself a known wording ("hohes Fieber" → "Fieber",
    // "my lower back is killing me" → "lower back"); single words need 3+ letters. Safe is true when every dropped word is
    // one that cannot change the meaning: not a number or a letter ("B12", "C"), and never found together with the matched words
    // in a longer known wording of another term ("post" and "traumatic" are, beside "stress", in Post-traumatic stress disorder),
    // and not a body site when the vocabulary names the kept condition at some site ("esophageal cancer" is not any cancer,
    // since lung, skin... cancers are known; "itching skin" is itching: ConditionWords).
    private (TermAlternative[] Hits, bool Safe)? FindInside(string key)
    {
        var words = TermText.ContentKey(key).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxSubsetWords)
        {
            return null;
        }

        for (var size = words.Length - 1; size >= 1; size--)
        {
            List<TermAlternative>? found = null;
            var safe = true;
            for (var mask = 1; mask < 1 << words.Length; mask++)
            {
                if (System.Numerics.BitOperations.PopCount((uint)mask) != size)
                {
                    continue;
                }

                var subset = string.Join(' ', words.Where((_, i) => (mask & (1 << i)) != 0));
                if ((size == 1 && subset.Length < 3) || !TermText.HasUncommonWord(subset))
                {
                    continue;
                }

                if (_contentIndexes.Value.Content.TryGetValue(subset, out var hits))
                {
                    found ??= [];
                    found.AddRange(hits);
                    var kept = words.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
                    var dropped = words.Where((_, i) => (mask & (1 << i)) == 0);
                    safe &= dropped.All(d => !IsMarker(d) && !(ConditionWords.IsSite(d) && SitedHead(ConditionWords.Canonical(kept))) && !Specialises(d, kept, hits))
                        && !kept.All(ConditionWords.IsModifier);
                }
            }

            if (found is not null)
            {
                return ([.. found], safe);
            }
        }

        return null;
    }

    // The wordings holding every content word of the input plus only generic heads (ConditionWords.IsGenericHead), with
    // the fewest such heads; null when none. Several terms fitting equally well make the answer ambiguous (Answer). A
    // body site alone names no condition ("kidney" is not Chronic kidney disease), and the head must stand where a head
    // stands: after the typed words in English ("Disease progression" is not what "progression" means), before or
    // after them in the other languages ("syndrome des jambes sans repos").
    private TermAlternative[]? WithGenericHead(string contentKey)
    {
        var words = contentKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(ConditionWords.IsSite)
            ? null
            : FewestExtraWords(words, k => k.Length > words.Length, ConditionWords.IsGenericHead, a => HeadsPlaced(a, words));
    }

    // The known wordings holding every word of `required` whose other words all pass `allowedExtra`, with the fewest such
    // other words; `fits` must hold for the wording and `placed` for an alternative of it (a wording with none placed is
    // passed over). Null when none; several terms fitting equally well are all returned (Answer makes them ambiguous).
    private TermAlternative[]? FewestExtraWords(string[] required, Func<string[], bool> fits, Func<string, bool> allowedExtra, Func<TermAlternative, bool> placed)
    {
        if (required.Length == 0 || !_contentIndexes.Value.KeysByWord.TryGetValue(required[0], out var keys))
        {
            return null;
        }

        List<TermAlternative>? found = null;
        var fewest = int.MaxValue;
        foreach (var k in keys)
        {
            // Content keys hold distinct words, so a key holding every required word has exactly this many others.
            var extra = k.Length - required.Length;
            if (extra > fewest || !fits(k) || !required.All(w => Array.IndexOf(k, w) >= 0) || !k.All(w => Array.IndexOf(required, w) >= 0 || allowedExtra(w)))
            {
                continue;
            }

            var hits = _contentIndexes.Value.Content[string.Join(' ', k)].Where(placed).ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            if (extra < fewest)
            {
                fewest = extra;
                found = [];
            }

            found!.AddRange(hits);
        }

        return found?.ToArray();
    }

    // The wordings naming the typed quantity in the typed direction: every typed word other than the direction and
    // measure words, the direction word MedDRA uses (decreased, increased; for a low quantity also "deficiency"), and
    // otherwise only measure words (blood, serum, count, level), with the fewest such extra words; null when the text has
    // no direction word, several, or no such wording is known. Terms fitting equally well make the answer ambiguous.
    private TermAlternative[]? WithDirection(string contentKey)
    {
        var words = contentKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var directions = words.Select(ConditionWords.DirectionOf).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (directions.Length != 1)
        {
            return null;
        }

        var direction = directions[0];
        var quantity = words.Where(w => ConditionWords.DirectionOf(w) is null && !ConditionWords.IsMeasureWord(w)).ToArray();
        if (quantity.Length == 0 || quantity.All(ConditionWords.IsSite))
        {
            return null;
        }

        var decrease = string.Equals(direction, DecreasedWord, StringComparison.Ordinal);
        bool IsDirectionWord(string w) => string.Equals(w, direction, StringComparison.Ordinal) || (decrease && ConditionWords.IsDeficiency(w));
        return FewestExtraWords(quantity, k => k.Any(IsDirectionWord), w => IsDirectionWord(w) || ConditionWords.IsMeasureWord(w), static _ => true);
    }

    private static readonly string DecreasedWord = ConditionWords.DirectionOf(TermText.ContentKey("low"))!;

    // True when every generic head of the wording follows the typed words, or (in a wording of another language than
    // English) precedes them all.
    private bool HeadsPlaced(TermAlternative alternative, string[] typed)
    {
        var normalized = TermText.Normalize(alternative.Via);
        var stems = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TermText.ContentKey).ToArray();
        var first = Array.FindIndex(stems, w => Array.IndexOf(typed, w) >= 0);
        var last = Array.FindLastIndex(stems, w => Array.IndexOf(typed, w) >= 0);
        var heads = stems.Select((w, i) => (w, i)).Where(p => Array.IndexOf(typed, p.w) < 0 && ConditionWords.IsGenericHead(p.w)).Select(p => p.i).ToList();
        if (first < 0 || heads.All(i => i > last))
        {
            return true;
        }

        var language = _languages.GetValueOrDefault(normalized + "\u001f" + alternative.Term);
        return language is not null and not "en" && heads.All(i => i < first);
    }

    // A kind of condition known at a particular site: named per site by MedDRA (cancer, injury) or paired with a site in
    // some wording this resolver knows.
    private bool SitedHead(string canonicalKept) => ConditionWords.IsSiteSpecificHead(canonicalKept) || _contentIndexes.Value.SitedHeads.Contains(canonicalKept);

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="words"/> as consecutive whole words.</summary>
    private static bool Contains(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMarker(string word) => word.Length <= 1 || word.Any(char.IsAsciiDigit);

    // Capital letters with dots between or after them ("M.I.", "P.T.S.D.") or followed by a plural lower-case s ("UTIs"):
    // the bare abbreviation; null for anything else ("Mo." is a word, not M.O.).
    private static string? AbbreviationForm(string text)
    {
        var t = text.Trim();
        if (t.Length < 3 || t.Length > 16)
        {
            return null;
        }

        var letters = new System.Text.StringBuilder(t.Length);
        var dots = false;
        foreach (var c in t)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                letters.Append(c);
            }
            else if (c == '.')
            {
                dots = true;
            }
            else if (!(c == 's' && letters.Length >= 2 && letters.Length == t.Replace(".", "", StringComparison.Ordinal).Length - 1))
            {
                return null;
            }
        }

        var plural = t.EndsWith('s');
        return letters.Length >= 2 && (dots || plural) ? letters.ToString() : null;
    }

    // True when some known wording holds the dropped word together with every kept word and means another term.
    private bool Specialises(string dropped, string[] kept, TermAlternative[] hits) =>
        _contentIndexes.Value.KeysByWord.TryGetValue(dropped, out var keys) && keys.Any(k =>
            kept.All(w => Array.IndexOf(k, w) >= 0) &&
            _contentIndexes.Value.Content[string.Join(' ', k)].Any(a => !hits.Any(h => string.Equals(h.Term, a.Term, StringComparison.Ordinal))));

    /// <summary>The content-word indexes, built together on first use.</summary>
    /// <param name="Content">Alternatives by content key (common-word-only wordings left out).</param>
    /// <param name="SiteKeys">Alternatives by site key; an exact PT wins over a lay wording of another PT.</param>
    /// <param name="SitedHeads">Condition heads named at some site.</param>
    /// <param name="Weak">Multi-word wordings of common words only, matched only as whole phrases.</param>
    /// <param name="KeysByWord">Content keys (as words) by each of their words.</param>
    private sealed record ContentIndexes(
        FrozenDictionary<string, TermAlternative[]> Content,
        FrozenDictionary<string, TermAlternative[]> SiteKeys,
        FrozenSet<string> SitedHeads,
        (string[] Words, TermAlternative[] Hits)[] Weak,
        FrozenDictionary<string, string[][]> KeysByWord);
}
