using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Core.Evidence;

/// <summary>
/// Answers "can DRUG cause / does DRUG help with CONDITION?" from a store folder: resolves the names the user typed
/// (through the <see cref="DrugResolver"/> and <see cref="TermResolver"/>, knowing every ingredient and term of the loaded
/// sources and of the case store), asks the case store when there is one, and runs <see cref="EvidenceAssessor"/>.
/// </summary>
/// <remarks>For <c>causa ask</c>: call <see cref="Assess(string,string,PairAnswer?,string?)"/> with the canonical names and the
/// store's <see cref="PairAnswer"/> already computed. Thread-safe after construction.</remarks>
public sealed class EvidenceQuery
{
    private readonly Lazy<DrugResolver> _drugs;
    private readonly Lazy<TermResolver> _terms;
    // Every ingredient of the sources and the store: only resolving typed text needs it (Assess does not), so it is
    // gathered on first use.
    private readonly Lazy<HashSet<string>> _knownIngredients;

    /// <summary>Builds a query over loaded sources and an optional store.</summary>
    /// <param name="sources">Loaded evidence sources.</param>
    /// <param name="vocabulary">The store's vocabulary (<see cref="ImportedVocabulary.Empty"/> when none).</param>
    /// <param name="store">The case store; null when there is none.</param>
    public EvidenceQuery(EvidenceSources sources, ImportedVocabulary vocabulary, ICaseStore? store)
        : this(
            sources,
            () => new DrugResolver(vocabulary ?? throw new ArgumentNullException(nameof(vocabulary)), store?.LearnedNamePairs()),
            () => new TermResolver(vocabulary, sources.Terms().Concat(store?.Terms ?? [])),
            store)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
    }

    /// <summary>Builds a query whose resolvers its owner builds (on first use, and may share with other queries).</summary>
    /// <param name="sources">Loaded evidence sources.</param>
    /// <param name="drugs">Returns the drug resolver: the store folder's vocabulary and, with a store, its learned name pairs.</param>
    /// <param name="terms">Returns the term resolver: the vocabulary over the terms of <paramref name="sources"/> and of the store.</param>
    /// <param name="store">The case store; null when there is none.</param>
    /// <remarks>Neither resolver is built by <see cref="Assess(string,string,PairAnswer?,string?)"/>: only resolving text needs them.</remarks>
    public EvidenceQuery(EvidenceSources sources, Func<DrugResolver> drugs, Func<TermResolver> terms, ICaseStore? store)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(terms);
        Sources = sources;
        Store = store;
        _drugs = new Lazy<DrugResolver>(drugs, LazyThreadSafetyMode.ExecutionAndPublication);
        _terms = new Lazy<TermResolver>(terms, LazyThreadSafetyMode.ExecutionAndPublication);
        _knownIngredients = new(() => new HashSet<string>(sources.Ingredients().Concat(store?.Ingredients ?? []), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The loaded sources.</summary>
    public EvidenceSources Sources { get; }

    /// <summary>The case store, or null.</summary>
    public ICaseStore? Store { get; }

    /// <summary>Loads the sources and vocabulary of a store folder and builds the query over them and <paramref name="store"/>.</summary>
    /// <param name="directory">Store folder.</param>
    /// <param name="store">The folder's case store; null when there is none. The caller keeps ownership.</param>
    /// <param name="query">The query; null on failure.</param>
    /// <param name="error">What went wrong (an unreadable source or vocabulary file); null on success.</param>
    public static bool TryOpen(string directory, ICaseStore? store, [NotNullWhen(true)] out EvidenceQuery? query, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(directory);
        query = null;
        if (!EvidenceSourceFile.TryLoad(directory, out var sources, out error, out _) || !VocabularyFile.TryLoad(directory, out var vocabulary, out error))
        {
            error ??= "unreadable source or vocabulary file";
            return false;
        }

        query = new EvidenceQuery(new EvidenceSources(sources), vocabulary, store);
        return true;
    }

    /// <summary>Resolves a drug name to one ingredient; null with a reason when it cannot.</summary>
    public string? ResolveDrug(string text, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var upper = trimmed.ToUpperInvariant();
        reason = null;
        if (_knownIngredients.Value.Contains(upper))
        {
            return upper;
        }

        var lookup = _drugs.Value.Lookup(trimmed);
        if (lookup.Ingredients.Count == 1)
        {
            return lookup.Ingredients[0];
        }

        if (lookup.Ingredients.Count > 1)
        {
            reason = $"'{trimmed}' is a combination ({string.Join(" + ", lookup.Ingredients)}): ask about one ingredient";
            return null;
        }

        var cleaned = DrugNameCleaner.SplitClean(trimmed);
        if (cleaned.Count == 1 && _knownIngredients.Value.Contains(cleaned[0]))
        {
            return cleaned[0];
        }

        reason = $"no ingredient known for '{trimmed}'" + (lookup.Suggestions.Count > 0 ? $"; did you mean {string.Join(", ", lookup.Suggestions)}?" : string.Empty);
        return null;
    }

    /// <summary>Resolves a condition wording to a preferred term; null with a reason when it cannot.</summary>
    public string? ResolveTerm(string text, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lookup = _terms.Value.Lookup(text.Trim());
        reason = null;
        if (lookup.Match is not null)
        {
            return lookup.Match;
        }

        reason = lookup.Kind == TermMatchKind.Ambiguous
            ? $"'{text}' is ambiguous: {string.Join(", ", lookup.Alternatives.Select(static a => a.Term))}"
            : $"no MedDRA preferred term known for '{text}'" + (lookup.Suggestions.Count > 0 ? $"; did you mean {string.Join(", ", lookup.Suggestions)}?" : string.Empty);
        return null;
    }

    /// <summary>The store's answer for the pair, or null when there is no store or it does not hold the drug or term.</summary>
    public PairAnswer? AskStore(string ingredient, string term, RoleFilter roles = RoleFilter.Suspect)
    {
        if (Store is null || Store.FindIngredient(ingredient) is not { } drugId || Store.FindTerm(term) is not { } termId)
        {
            return null;
        }

        using var saved = Store.OpenSavedScores(roles, out var note);
        return new SignalQueries(Store).Ask(drugId, termId, roles, saved, note);
    }

    /// <summary>The period of the store's quarters (e.g. <c>2020Q3–2025Q4</c>); null without a store.</summary>
    public string? StorePeriod()
    {
        if (Store is null || Store.Quarters.Count == 0)
        {
            return null;
        }

        // A loop and ToString rather than Min/Max and formatting a Quarter: generic code over this struct is compiled at
        // run time in every process.
        Quarter first = Store.Quarters[0].Quarter, last = first;
        foreach (var q in Store.Quarters)
        {
            first = q.Quarter < first ? q.Quarter : first;
            last = q.Quarter > last ? q.Quarter : last;
        }

        return first == last ? "FAERS " + first.ToString() : "FAERS " + first.ToString() + "–" + last.ToString() + " (" + Store.Quarters.Count.ToString(CultureInfo.InvariantCulture) + " quarter file(s))";
    }

    /// <summary>Assesses canonical names with an already computed store answer.</summary>
    public EvidenceAnswer Assess(string ingredient, string term, PairAnswer? reports, string? reportsPeriod = null) =>
        EvidenceAssessor.Assess(ingredient, term, reports, Sources, reportsPeriod ?? StorePeriod());

    /// <summary>Assesses canonical names, asking the store itself.</summary>
    public EvidenceAnswer Assess(string ingredient, string term) => Assess(ingredient, term, AskStore(ingredient, term));
}
