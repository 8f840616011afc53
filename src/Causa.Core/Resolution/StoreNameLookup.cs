using System.Diagnostics.CodeAnalysis;
using Causa.Core.Names;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>
/// Resolves what a user typed to an ingredient or MedDRA term that the store holds, through the same resolvers used at
/// ingest: drugs with <see cref="DrugResolver.Lookup"/> (brand, salt, synonym, misspelling, combination), events with
/// <see cref="TermResolver.Lookup"/> (lay terms in five languages, imported synonyms, misspellings). Answers are restricted
/// to names present in the store; ambiguous text gives the choices, unresolvable text gives "did you mean" suggestions.
/// </summary>
/// <remarks>
/// <para>The drug resolver is the ingest resolver: the store folder's vocabulary plus the store's learned name pairs
/// (<see cref="StoreDrugResolverFactory"/>), so a name means the same thing in a question as in the counts.</para>
/// <para>Related event terms (Sciatica beside Back pain) are reported in <see cref="NameMatch.Related"/>, never merged.</para>
/// <para>Thread-safe after construction. The resolvers are built lazily, on first use (tens to a few hundred milliseconds).</para>
/// </remarks>
public sealed class StoreNameLookup
{
    private const int MaxSuggestions = 5;
    private readonly IStoreDictionaries _store;
    private readonly Lazy<DrugResolver> _drugs;
    private readonly Lazy<TermResolver> _terms;

    /// <summary>Creates a lookup over <paramref name="store"/> with a given vocabulary.</summary>
    /// <param name="store">The opened store.</param>
    /// <param name="vocabulary">Imported sources; null or <see cref="ImportedVocabulary.Empty"/> for the curated synonyms and the bundled lay terms only.</param>
    public StoreNameLookup(IStoreDictionaries store, ImportedVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        var vocab = vocabulary ?? ImportedVocabulary.Empty;
        Vocabulary = vocab;
        _drugs = new Lazy<DrugResolver>(() => new DrugResolver(vocab, store.LearnedNamePairs()), LazyThreadSafetyMode.ExecutionAndPublication);
        _terms = new Lazy<TermResolver>(() => new TermResolver(vocab, store.Terms), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a lookup over <paramref name="store"/> with resolvers its owner builds (once, and shares with
    /// other queries over the same store).</summary>
    /// <param name="store">The opened store.</param>
    /// <param name="vocabulary">The vocabulary the resolvers were built with.</param>
    /// <param name="drugs">Returns the drug resolver over <paramref name="vocabulary"/> and the store's learned name pairs; called on first use.</param>
    /// <param name="terms">Returns the term resolver over <paramref name="vocabulary"/> and the store's terms; called on first use.</param>
    public StoreNameLookup(IStoreDictionaries store, ImportedVocabulary vocabulary, Func<DrugResolver> drugs, Func<TermResolver> terms)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(terms);
        _store = store;
        Vocabulary = vocabulary;
        _drugs = new Lazy<DrugResolver>(drugs, LazyThreadSafetyMode.ExecutionAndPublication);
        _terms = new Lazy<TermResolver>(terms, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The vocabulary the lookup resolves with.</summary>
    public ImportedVocabulary Vocabulary { get; }

    /// <summary>The drug resolver (built on first use).</summary>
    public DrugResolver DrugResolver => _drugs.Value;

    /// <summary>The event-term resolver (built on first use).</summary>
    public TermResolver TermResolver => _terms.Value;

    /// <summary>Creates a lookup with the vocabulary saved in the store's folder (<see cref="VocabularyFile"/>).</summary>
    /// <param name="store">The opened store.</param>
    /// <param name="storeDirectory">The store folder, which holds the vocabulary file (if any).</param>
    /// <param name="lookup">The lookup; null when the vocabulary file exists but cannot be read.</param>
    /// <param name="error">Null on success; otherwise the file and what is wrong with it.</param>
    /// <returns>True unless the store folder holds an unreadable vocabulary file.</returns>
    public static bool TryCreate(IStoreDictionaries store, string storeDirectory, [NotNullWhen(true)] out StoreNameLookup? lookup, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storeDirectory);
        if (!VocabularyFile.TryLoad(storeDirectory, out var vocabulary, out error))
        {
            lookup = null;
            return false;
        }

        lookup = new StoreNameLookup(store, vocabulary);
        return true;
    }

    /// <summary>Resolves a drug name (ingredient, brand, salt form, strength, misspelling...) to one ingredient in the store.</summary>
    /// <param name="text">What the user typed; blank is not found, without suggestions.</param>
    /// <returns>Found with the reason and confidence; ambiguous with the choices (several candidates, or a combination
    /// product whose ingredients are all in the store); or not found with suggestions and, when the resolver understood the
    /// name but the store has no report of it, a <see cref="NameMatch.Note"/>.</returns>
    public NameMatch FindDrug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return NotFound(text, []);
        }

        var lookup = DrugResolver.Lookup(trimmed);
        if (lookup.Ingredients.Count > 0)
        {
            var known = InStore(lookup.Ingredients);
            if (known.Count == 1)
            {
                return Found(text, known[0], lookup.Kind, lookup.Confidence);
            }

            if (known.Count > 1)
            {
                // A combination product: the user must pick the ingredient to ask about.
                return new NameMatch(text, NameMatchKind.Ambiguous, -1, null, lookup.Kind, [.. known.Select(id => _store.Ingredients[id])]);
            }
        }

        if (lookup.Kind == DrugResolutionKind.Ambiguous)
        {
            var choices = lookup.Alternatives
                .Select(a => (Alternative: a, Ids: InStore(a.Ingredients)))
                .Where(c => c.Ids.Count > 0)
                .ToList();
            var distinct = choices.Select(c => string.Join(" + ", c.Ids.Select(id => _store.Ingredients[id]))).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count == 1 && choices[0].Ids.Count == 1)
            {
                // Only one of the candidates is in the store: that is the one the user can mean here.
                return Found(text, choices[0].Ids[0], DrugResolutionKind.Misspelling, choices[0].Alternative.Distance <= 1 ? 0.85 : 0.7);
            }

            if (distinct.Count > 0)
            {
                return new NameMatch(text, NameMatchKind.Ambiguous, -1, null, DrugResolutionKind.Ambiguous, distinct);
            }
        }

        // A name the store knows verbatim but the resolver does not (a store resolved with another vocabulary).
        if (_store.FindIngredient(trimmed) is { } exact)
        {
            return Found(text, exact, DrugResolutionKind.Exact, 1);
        }

        var note = lookup.Kind == DrugResolutionKind.NonDrug
            ? $"'{trimmed}' is not a drug (unknown, placebo, vitamins or similar)"
            : lookup.Ingredients.Count > 0
                ? $"'{trimmed}' is {lookup.Match} ({Kind(lookup.Kind)}), but no report in the store mentions it"
                : null;
        var suggestions = Suggest(trimmed, _store.Ingredients)
            .Concat(lookup.Suggestions.Concat(lookup.Alternatives.Select(a => a.Name)).Where(s => InStore(DrugResolver.Resolve(s, null).Ingredients).Count > 0))
            .Distinct(StringComparer.Ordinal).Take(MaxSuggestions + 3).ToList();
        return NotFound(text, suggestions) with { Note = note };
    }

    /// <summary>Resolves an event wording (PT, lay term, another language, misspelling...) to one MedDRA term in the store.</summary>
    /// <param name="text">What the user typed; blank is not found, without suggestions.</param>
    /// <returns>Found with the reason, language, confidence and the related terms present in the store (never merged);
    /// ambiguous with the choices present in the store; or not found with suggestions and, when the wording was understood
    /// but no report in the store has that term, a <see cref="NameMatch.Note"/>.</returns>
    public NameMatch FindEvent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return NotFound(text, []);
        }

        var lookup = TermResolver.Lookup(trimmed);
        if (lookup.Match is not null && _store.FindTerm(lookup.Match) is { } id)
        {
            return EventFound(text, id, lookup.Kind, lookup.Confidence, lookup.Language);
        }

        if (lookup.Kind == TermMatchKind.Ambiguous)
        {
            var present = lookup.Alternatives.Where(a => _store.FindTerm(a.Term) is not null).ToList();
            if (present.Count == 1)
            {
                // Only one of the candidate terms is reported in the store: that is the one the user can mean here.
                return EventFound(text, _store.FindTerm(present[0].Term)!.Value, present[0].Kind, present[0].Confidence, null);
            }

            if (present.Count > 1)
            {
                return new NameMatch(text, NameMatchKind.Ambiguous, -1, null, DrugResolutionKind.Unresolved, [.. present.Select(a => a.Term)]) { EventReason = TermMatchKind.Ambiguous };
            }
        }

        if (_store.FindTerm(trimmed) is { } exact)
        {
            return EventFound(text, exact, TermMatchKind.Exact, 1, null);
        }

        var note = lookup.Match is not null
            ? $"'{trimmed}' means {lookup.Match}, but no report in the store has that term"
            : lookup.Kind == TermMatchKind.Ambiguous
                ? $"'{trimmed}' could mean {string.Join(" or ", lookup.Alternatives.Select(a => a.Term))}, but no report in the store has any of them"
                : null;
        var related = lookup.Match is null ? [] : TermResolver.RelatedTerms(lookup.Match).Where(t => _store.FindTerm(t) is not null);
        var suggestions = related
            .Concat(Suggest(trimmed, _store.Terms))
            .Concat(lookup.Suggestions.Where(s => _store.FindTerm(s) is not null))
            .Distinct(StringComparer.Ordinal).Take(MaxSuggestions + 3).ToList();
        return NotFound(text, suggestions) with { Note = note };
    }

    /// <summary>
    /// The pharmacologic classes matching a class query ("antidepressant", "SSRIs", "statins") and their member ingredients
    /// present in the store.
    /// </summary>
    /// <param name="text">Class name or part of it, any case, singular or plural.</param>
    /// <returns>The classes (empty when none matches or no vocabulary with classes was imported) and the store ids of
    /// their members, sorted ascending.</returns>
    public DrugClassMatch FindClass(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var classes = DrugResolver.FindClasses(text.Trim());
        var ids = InStore(classes.SelectMany(c => c.Ingredients));
        ids.Sort();
        return new DrugClassMatch(text, classes, ids);
    }

    private List<int> InStore(IEnumerable<string> ingredients) =>
        [.. ingredients.Select(_store.FindIngredient).Where(static id => id is not null).Select(static id => id!.Value).Distinct()];

    private NameMatch Found(string input, int id, DrugResolutionKind reason, double confidence) =>
        new(input, NameMatchKind.Found, id, _store.Ingredients[id], reason, []) { Confidence = confidence };

    private NameMatch EventFound(string input, int id, TermMatchKind reason, double confidence, string? language)
    {
        var term = _store.Terms[id];
        return new NameMatch(input, NameMatchKind.Found, id, term, DrugResolutionKind.Unresolved, [])
        {
            EventReason = reason,
            Confidence = confidence,
            Language = language,
            Related = [.. TermResolver.RelatedTerms(term).Where(t => _store.FindTerm(t) is not null)],
        };
    }

    private static NameMatch NotFound(string input, IReadOnlyList<string> suggestions) =>
        new(input, NameMatchKind.NotFound, -1, null, DrugResolutionKind.Unresolved, suggestions);

    private static string Kind(DrugResolutionKind kind) => NameMatch.Snake(kind.ToString()).Replace('_', ' ');

    /// <summary>Names that start with the text or contain it as a word come first, then the nearest by edit distance.</summary>
    internal static IReadOnlyList<string> Suggest(string text, IReadOnlyList<string> names)
    {
        var limit = text.Length <= 4 ? 1 : text.Length <= 8 ? 2 : 3;
        var scored = new List<(int Score, string Name)>();
        foreach (var name in names)
        {
            if (name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                scored.Add((0, name));
            }
            else if (name.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                scored.Add((1, name));
            }
            else
            {
                var distance = EditDistance.Bounded(text, name, limit);
                if (distance <= limit)
                {
                    scored.Add((1 + distance, name));
                }
            }
        }

        return [.. scored.OrderBy(static s => s.Score).ThenBy(static s => s.Name.Length).ThenBy(static s => s.Name, StringComparer.Ordinal).Take(MaxSuggestions).Select(static s => s.Name)];
    }
}
