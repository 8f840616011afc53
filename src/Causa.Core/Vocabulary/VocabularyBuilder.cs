using System.Runtime.InteropServices;
using Causa.Core.Names;

namespace Causa.Core.Vocabulary;

/// <summary>
/// Collects names from the imported sources and merges them into a <see cref="ImportedVocabulary"/> with explicit precedence.
/// </summary>
/// <remarks>
/// <para>Precedence, applied in <see cref="Build"/>:</para>
/// <list type="number">
/// <item>Every name is cleaned with <see cref="DrugNameCleaner"/> and ingredient names are mapped to US names
/// (<see cref="IngredientSynonyms"/>), so all sources meet on one canonical form.</item>
/// <item>A name that any source lists as an ingredient is an ingredient: it is never turned into a brand of something else.</item>
/// <item>For a brand name, each source votes with row counts for an ingredient set; the source with the lowest
/// <see cref="VocabularySource"/> value that has the name wins (Drugs@FDA, then EMA, then learned from FAERS); within a
/// source the most frequent set wins, ties going to the ordinally smaller set.</item>
/// <item>Classes keep every member whose name cleans to a known form; event synonyms keep the first PT seen per phrase
/// with the most votes.</item>
/// </list>
/// <para>Not thread-safe; use one builder per import.</para>
/// </remarks>
public sealed class VocabularyBuilder
{
    private const char SetSeparator = LearnedPairKeys.SetSeparator;
    private readonly SortedSet<string> _ingredients = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _unsureIngredients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<VocabularySource, Dictionary<string, long>>> _brandVotes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string Type), SortedSet<string>> _classes = [];
    private readonly Dictionary<string, Dictionary<string, long>> _eventVotes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, VocabularySource> _eventSource = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<VocabularySourceInfo> _sources = [];

    /// <summary>Starts from an existing vocabulary (its entries take part in the merge as they were decided).</summary>
    /// <param name="existing">The vocabulary to extend; null or <see cref="ImportedVocabulary.Empty"/> starts empty.</param>
    public VocabularyBuilder(ImportedVocabulary? existing = null)
    {
        if (existing is null)
        {
            return;
        }

        _ingredients.UnionWith(existing.Ingredients);
        foreach (var b in existing.Brands)
        {
            if (!b.IsSynonym)
            {
                Vote(b.Name, b.Ingredients, b.Source, 1);
            }
        }

        foreach (var c in existing.Classes)
        {
            GetClass(c.Name, c.Type).UnionWith(c.Ingredients);
        }

        foreach (var e in existing.EventSynonyms)
        {
            AddEventSynonym(e.Phrase, e.PreferredTerm, e.Source);
        }

        _sources.AddRange(existing.Sources);
    }

    /// <summary>
    /// Optional filter on cleaned product names: a product whose name it rejects adds its ingredients but not its name.
    /// Used to hold evaluation names out of a vocabulary; null keeps every product.
    /// </summary>
    public Func<string, bool>? ProductFilter { get; init; }

    /// <summary>Adds an ingredient name (any case, salts allowed: it is cleaned); blank names are ignored.</summary>
    /// <param name="name">Ingredient name, e.g. "trazodone hydrochloride".</param>
    /// <returns>The canonical names added (several for a combination written as one string).</returns>
    public IReadOnlyList<string> AddIngredient(string? name)
    {
        var names = Canonical(name);
        _ingredients.UnionWith(names);
        return names;
    }

    /// <summary>
    /// Adds a name from a source that lists ingredients and brands together without telling them apart (SIDER's drug
    /// names hold "carnitine" beside "Zyprexa"): it becomes an ingredient only if no source of this build knows it as a
    /// brand, so import such a source together with (or after) the product sources.
    /// </summary>
    /// <param name="name">Drug name as published; blank names are ignored.</param>
    public void AddUnsureIngredient(string? name)
    {
        foreach (var n in Canonical(name))
        {
            if (!_ingredients.Contains(n))
            {
                _unsureIngredients.Add(n);
            }
        }
    }

    /// <summary>Adds a product name with its ingredients; the ingredients are added too.</summary>
    /// <param name="productName">Brand or product name as published.</param>
    /// <param name="ingredients">Active ingredient text as published (combinations with ";", "/", "\" or "AND").</param>
    /// <param name="source">Source of the pair.</param>
    /// <param name="weight">Votes (rows) for the pair, ≥ 1.</param>
    public void AddProduct(string? productName, string? ingredients, VocabularySource source, long weight = 1)
    {
        var set = Canonical(ingredients);
        if (set.Count == 0)
        {
            return;
        }

        _ingredients.UnionWith(set);
        var key = DrugNameCleaner.Clean(productName);
        if (IsProductKey(key))
        {
            Vote(key, set, source, Math.Max(1, weight));
        }
    }

    /// <summary>Whether a cleaned product name may carry votes: two characters at least, not a non-drug word, and
    /// accepted by <see cref="ProductFilter"/> when there is one.</summary>
    private bool IsProductKey(string key) => LearnedPairKeys.MayVote(key) && (ProductFilter is null || ProductFilter(key));

    /// <summary>
    /// Minimum share (0–1] of a name's FAERS-learned rows that its winning ingredient set must have to be learned
    /// (default <see cref="LearnedNamePair.DefaultMinShare"/>, 0.6: a majority with a margin).
    /// </summary>
    public double LearnedMinShare { get; init; } = LearnedNamePair.DefaultMinShare;

    /// <summary>Minimum FAERS rows (≥ 1) behind a learned name's winning set (default 1: FDA's coding of one row is trusted).</summary>
    public long LearnedMinCount { get; init; } = LearnedNamePair.DefaultMinCount;

    /// <summary>After <see cref="Build"/>: names whose brand entry comes from FAERS-learned pairs.</summary>
    public int LearnedNames { get; private set; }

    /// <summary>After <see cref="Build"/>: names whose FAERS rows disagree without a set reaching <see cref="LearnedMinShare"/> (not learned).</summary>
    public int LearnedConflicts { get; private set; }

    /// <summary>Adds FAERS name pairs (drug name reported with <c>prod_ai</c>) as <see cref="VocabularySource.FaersLearned"/> votes.</summary>
    /// <param name="pairs">The pairs; blank or non-positive ones are ignored.</param>
    public void AddLearnedPairs(IEnumerable<LearnedNamePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);

        // What AddProduct does per pair, from each pair's cleaned form (LearnedPairKeys): a store keeps those of the
        // pairs it already held, so only names new to it are cleaned; each distinct set's ingredients are added once.
        var table = pairs as LearnedPairTable ?? new LearnedPairTable([.. pairs]);
        table.CleanMissing();
        var setKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = setKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        var brands = _brandVotes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < table.Count; i++)
        {
            var count = table[i].Count;
            var encoded = table.KeysAt(i);
            if (count < 1 || encoded.Length == 0)
            {
                continue;
            }

            var setSpan = LearnedPairKeys.SetKey(encoded);
            if (!lookup.TryGetValue(setSpan, out var setKey))
            {
                setKey = setSpan.ToString();
                setKeys[setKey] = setKey;
                _ingredients.UnionWith(setKey.Split(SetSeparator));
            }

            // "LASILIX [FUROSEMIDE]" teaches LASILIX too (NameStructure.LearnedForms), under the same majority rule.
            var rest = encoded.AsSpan(setSpan.Length);
            while (rest.Length > 0)
            {
                rest = rest[1..];
                var end = rest.IndexOf(LearnedPairKeys.KeySeparator);
                var key = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[end..];
                if (ProductFilter is null || ProductFilter(key.ToString()))
                {
                    // Looked up by span: most keys already have votes, and a store's pairs make tens of thousands of them.
                    if (!brands.TryGetValue(key, out var perSource))
                    {
                        perSource = [];
                        brands[key] = perSource;
                    }

                    CollectionsMarshal.GetValueRefOrAddDefault(VotesOf(perSource, VocabularySource.FaersLearned), setKey, out _) += count;
                }
            }
        }
    }

    /// <summary>Adds one member to a pharmacologic class.</summary>
    /// <param name="className">Class name as published.</param>
    /// <param name="type">Class type code (EPC, MoA, PE, PA...).</param>
    /// <param name="ingredient">Member ingredient name (cleaned here).</param>
    public void AddClassMember(string className, string type, string ingredient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(className);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var names = Canonical(ingredient);
        if (names.Count == 0)
        {
            return;
        }

        _ingredients.UnionWith(names);
        GetClass(className.Trim(), type.Trim()).UnionWith(names);
    }

    /// <summary>Adds an event wording → MedDRA PT pair (e.g. a SIDER lowest-level term).</summary>
    /// <param name="phrase">The wording.</param>
    /// <param name="preferredTerm">The PT.</param>
    /// <param name="source">Source of the pair.</param>
    public void AddEventSynonym(string phrase, string preferredTerm, VocabularySource source)
    {
        if (string.IsNullOrWhiteSpace(phrase) || string.IsNullOrWhiteSpace(preferredTerm))
        {
            return;
        }

        phrase = phrase.Trim();
        if (!_eventVotes.TryGetValue(phrase, out var votes))
        {
            votes = new Dictionary<string, long>(StringComparer.Ordinal);
            _eventVotes[phrase] = votes;
            _eventSource[phrase] = source;
        }

        var pt = preferredTerm.Trim();
        votes[pt] = votes.GetValueOrDefault(pt) + 1;
    }

    /// <summary>Records an import for provenance.</summary>
    /// <param name="info">What was imported.</param>
    public void AddSourceInfo(VocabularySourceInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _sources.Add(info);
    }

    /// <summary>Merges everything added so far into an immutable vocabulary (see the type's remarks for precedence).</summary>
    public ImportedVocabulary Build()
    {
        LearnedNames = 0;
        LearnedConflicts = 0;
        // Names a source lists as drugs without saying which are brands (SIDER): ingredients only when no source brands them.
        foreach (var name in _unsureIngredients)
        {
            if (!_brandVotes.ContainsKey(name))
            {
                _ingredients.Add(name);
            }
        }

        // "LAMIVUDINE NEVIRAPINE": two ingredients written with a space by a source; split rather than kept as a third.
        var fused = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in _ingredients)
        {
            if (!name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var words = name.Split(' ');
            if (words.Length >= 2 && !DrugNameCleaner.IsInorganicCation(words[0]) &&
                words.All(w => w.Length >= 8 && _ingredients.Contains(w)))
            {
                fused[name] = words;
            }
        }

        _ingredients.ExceptWith(fused.Keys);
        IEnumerable<Dictionary<VocabularySource, Dictionary<string, long>>> fusedVoters = fused.Count == 0 ? [] : _brandVotes.Values;
        foreach (var perSource in fusedVoters)
        {
            foreach (var votes in perSource.Values)
            {
                foreach (var setKey in votes.Keys.ToList())
                {
                    var parts = setKey.Split(SetSeparator);
                    if (parts.Any(fused.ContainsKey))
                    {
                        var split = string.Join(SetSeparator, new SortedSet<string>(parts.SelectMany(p => fused.TryGetValue(p, out var w) ? w : [p]), StringComparer.Ordinal));
                        var count = votes[setKey];
                        votes.Remove(setKey);
                        votes[split] = votes.GetValueOrDefault(split) + count;
                    }
                }
            }
        }

        // A hash copy for the lookups below: the sorted set keeps the order Save needs, at O(log n) string comparisons
        // a lookup, and a store's learned names make tens of thousands of them.
        var ingredientNames = new HashSet<string>(_ingredients, StringComparer.Ordinal);
        var brands = new List<VocabularyBrand>(_brandVotes.Count);
        foreach (var (key, perSource) in _brandVotes)
        {
            if (ingredientNames.Contains(key))
            {
                continue;
            }

            string? best = null;
            VocabularySource source = default;
            foreach (var candidate in perSource.Count == 1 ? perSource.Keys : (IEnumerable<VocabularySource>)perSource.Keys.Order())
            {
                var votes = perSource[candidate];
                var winner = Best(votes);
                if (candidate == VocabularySource.FaersLearned)
                {
                    // Names learned from FAERS rows need a clear majority: a name whose reports are coded to different
                    // ingredient sets without one reaching the share is not learned (a lower source may still name it).
                    var total = 0L;
                    foreach (var count in votes.Values)
                    {
                        total += count;
                    }

                    var chosen = votes[winner];
                    if (chosen < LearnedMinCount || chosen < LearnedMinShare * total)
                    {
                        LearnedConflicts++;
                        continue;
                    }

                    LearnedNames++;
                }

                best = winner;
                source = candidate;
                break;
            }

            if (best is null)
            {
                continue;
            }

            var set = best.Split(SetSeparator);
            brands.Add(new VocabularyBrand(key, set, source, false));
        }

        foreach (var (synonym, canonical) in IngredientSynonyms.All)
        {
            if (!_brandVotes.ContainsKey(synonym))
            {
                _ingredients.Add(canonical);
                brands.Add(new VocabularyBrand(synonym, [canonical], VocabularySource.Curated, true));
            }
        }

        foreach (var (name, set) in IngredientSynonyms.Combinations)
        {
            if (!_brandVotes.ContainsKey(name))
            {
                _ingredients.UnionWith(set);
                brands.Add(new VocabularyBrand(name, set, VocabularySource.Curated, true));
            }
        }

        brands.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var classes = _classes
            .Select(c => new DrugClass(c.Key.Name, c.Key.Type, [.. new SortedSet<string>(c.Value.SelectMany(i => fused.TryGetValue(i, out var w) ? w : [i]), StringComparer.Ordinal)]))
            .OrderBy(c => c.Type, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var events = _eventVotes
            .Select(e => new EventSynonym(e.Key, Best(e.Value), _eventSource[e.Key]))
            .OrderBy(e => e.Phrase, StringComparer.Ordinal)
            .ToList();
        // Every name a brand or class points to is an ingredient of the vocabulary (Save stores them by index).
        _ingredients.UnionWith(brands.SelectMany(b => b.Ingredients).Concat(classes.SelectMany(c => c.Ingredients)).Where(i => !ingredientNames.Contains(i)));
        return new ImportedVocabulary([.. _ingredients], brands, classes, events, [.. _sources]);
    }

    private static string Best(Dictionary<string, long> votes)
    {
        string? best = null;
        long bestCount = 0;
        foreach (var (set, count) in votes)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(set, best) < 0))
            {
                best = set;
                bestCount = count;
            }
        }

        return best!;
    }

    private void Vote(string key, IReadOnlyList<string> set, VocabularySource source, long weight) =>
        VoteFor(key, string.Join(SetSeparator, set), source, weight);

    /// <summary>Like <see cref="Vote"/>, with the set already joined (<see cref="SetSeparator"/>).</summary>
    private void VoteFor(string key, string setKey, VocabularySource source, long weight)
    {
        if (!_brandVotes.TryGetValue(key, out var perSource))
        {
            perSource = [];
            _brandVotes[key] = perSource;
        }

        CollectionsMarshal.GetValueRefOrAddDefault(VotesOf(perSource, source), setKey, out _) += weight;
    }

    /// <summary>One source's votes for a name (set key → rows), made when the source has none yet.</summary>
    private static Dictionary<string, long> VotesOf(Dictionary<VocabularySource, Dictionary<string, long>> perSource, VocabularySource source)
    {
        if (!perSource.TryGetValue(source, out var votes))
        {
            votes = new Dictionary<string, long>(StringComparer.Ordinal);
            perSource[source] = votes;
        }

        return votes;
    }

    private SortedSet<string> GetClass(string name, string type)
    {
        if (!_classes.TryGetValue((name, type), out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            _classes[(name, type)] = set;
        }

        return set;
    }

    private static List<string> Canonical(string? text) => LearnedPairKeys.CanonicalIngredients(text);
}
