using Causa.Application.Errors;
using Causa.Application.Queries;
using Causa.Core.Evidence;
using Causa.Core.Resolution;

namespace Causa.Application.Browsing;

/// <summary>
/// The use cases behind browsing a store (the web site's pages): a drug's and an event's overview, where a whole question
/// leads, how a failed name reads (its suggestions or choices), the loaded sources' licences, and whether the store can
/// answer at all and under which entity tag. Front ends word and render the responses; none of them reaches into the
/// workspace.
/// </summary>
/// <remarks>Thread-safe: it holds the workspace and a <see cref="QueryService"/> over it. Each call leases the current
/// generation and answers from it alone.</remarks>
public sealed class BrowseService
{
    /// <summary>Most entries in each list of an overview.</summary>
    public const int DefaultLimit = 20;

    private readonly CausaWorkspace _workspace;
    private readonly QueryService _queries;

    /// <summary>Creates the service over <paramref name="workspace"/> (not owned: dispose the workspace yourself).</summary>
    public BrowseService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
        _queries = new QueryService(workspace);
    }

    /// <summary>Why the store cannot answer (none yet, or a damaged one); null when the case store is open and verified.</summary>
    public Error? Unready()
    {
        using var lease = _workspace.Acquire();
        return lease.Generation.Store.Error;
    }

    /// <summary>
    /// A fingerprint of everything that shapes the current generation's answers (<see cref="WorkspaceGeneration.ContentTag"/>:
    /// the case store's content plus the stamps of the evidence sources, the vocabulary and the saved scan), or null when
    /// there is no case store. Equal tags mean equal answers.
    /// </summary>
    public string? ContentTag()
    {
        using var lease = _workspace.Acquire();
        return lease.Generation.ContentTag;
    }

    /// <summary>How the current generation reads <paramref name="text"/> as a drug (or, with <paramref name="isDrug"/>
    /// false, as an event): the match with its suggestions or choices. Null when there is no store or vocabulary to read
    /// it with.</summary>
    public NameMatch? Match(string text, bool isDrug)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var lease = _workspace.Acquire();
        return lease.Generation.Names.TryGetValue(out var lookup, out _)
            ? (isDrug ? lookup.FindDrug(text) : lookup.FindEvent(text))
            : null;
    }

    /// <summary>Each loaded evidence source's licence by source name (as <c>source list</c> shows it); empty when no
    /// sources are loaded or their index is unreadable.</summary>
    public IReadOnlyDictionary<string, string> Licences()
    {
        var licences = new Dictionary<string, string>(StringComparer.Ordinal);
        using var lease = _workspace.Acquire();
        if (lease.Generation.Sources.TryGetValue(out var sources, out _))
        {
            foreach (var source in sources.All)
            {
                licences.TryAdd(source.Info.Name, source.Info.Licence);
            }
        }

        return licences;
    }

    /// <summary>
    /// A drug's overview: what it is used for, its label effects and its strongest report signals, each list at most
    /// <paramref name="limit"/> long. Parts whose source is not loaded are empty.
    /// </summary>
    /// <param name="name">A drug name as typed (brand, ingredient).</param>
    /// <param name="limit">Most entries per list, 1 or more.</param>
    /// <returns>The overview; the name's error (with its suggestions in the message) when it is unknown or ambiguous.</returns>
    public Result<DrugOverview> Drug(string name, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (!_queries.FindDrug(name.Trim()).TryGetValue(out var match, out var error))
        {
            return error;
        }

        var ingredient = match.Name!;
        List<DrugUse> uses = [];
        List<LabelEffect> effects = [];
        if (Sources() is { } sources)
        {
            uses.AddRange(sources.IndicationsOf(ingredient)
                .GroupBy(static x => x.Entry.Term ?? x.Entry.Condition, StringComparer.OrdinalIgnoreCase)
                .Take(limit)
                .Select(static g => new DrugUse(g.Key, [.. g.Select(static x => x.Source.Name).Distinct(StringComparer.Ordinal)])));

            // Most frequent on the drug first; effects without a frequency after them, alphabetically.
            effects.AddRange(sources.LabelSources
                .SelectMany(s => s.Labels.Where(l => string.Equals(l.Ingredient, ingredient, StringComparison.Ordinal)).Select(l => (s.Info.Name, Entry: l)))
                .GroupBy(static x => x.Entry.Term, StringComparer.OrdinalIgnoreCase)
                .Select(static g => new LabelEffect(
                    g.Key,
                    g.SelectMany(static x => x.Entry.DrugPercents).Select(static p => (double?)p).Max(),
                    [.. g.Select(static x => x.Name).Distinct(StringComparer.Ordinal)]))
                .OrderByDescending(static x => x.MaxDrugPercent ?? -1)
                .ThenBy(static x => x.Term, StringComparer.OrdinalIgnoreCase)
                .Take(limit));
        }

        var signals = _queries.Top(new TopRequest(ingredient, null, null, Limit: limit)).TryGetValue(out var top, out _) ? top.Rows : [];
        return new DrugOverview(ingredient, uses, effects, signals);
    }

    /// <summary>
    /// An event's overview: the drugs most associated with it in the reports and the drugs used for it, each list at most
    /// <paramref name="limit"/> long. Parts whose source is not loaded are empty.
    /// </summary>
    /// <param name="name">An event wording as typed (MedDRA term, lay word, another language).</param>
    /// <param name="limit">Most entries per list, 1 or more.</param>
    /// <returns>The overview; the name's error when it is unknown or ambiguous.</returns>
    public Result<EventOverview> Event(string name, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (!_queries.FindEvent(name.Trim()).TryGetValue(out var match, out var error))
        {
            return error;
        }

        var term = match.Name!;
        var associated = _queries.Top(new TopRequest(null, term, null, Limit: limit)).TryGetValue(out var top, out _) ? top.Rows : [];
        var usedFor = Sources() is { } sources ? (IReadOnlyList<string>)[.. sources.IngredientsIndicatedFor(term).Take(limit)] : [];
        return new EventOverview(term, associated, usedFor);
    }

    /// <summary>
    /// Where a whole question ("does remeron cause back pain?", "SSRIs for fibromyalgia") leads, read by the same use case
    /// as <c>ask "QUESTION"</c>: its drug and condition with the words the question used for each, or the members of the
    /// class it names.
    /// </summary>
    /// <returns>The target; a question naming one drug and no condition leads to the drug (<see cref="QuestionScope.Drug"/>),
    /// one naming a condition and no drug to the condition (<see cref="QuestionScope.Event"/>); the question reader's error
    /// otherwise when no drug or no condition could be read.</returns>
    public Result<QuestionTarget> ReadQuestion(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!_queries.AskQuestion(new QuestionRequest(question.Trim())).TryGetValue(out var response, out var error))
        {
            // A question naming only a drug ("what is amitriptyline used for?") or only a condition ("what causes hair
            // loss?") still has a page that answers it: the drug's or the condition's.
            if (error.Kind == ErrorKind.NotFound && _queries.ReadQuestion(new QuestionRequest(question.Trim())).TryGetValue(out var reading, out _))
            {
                if (reading is { Class: null, Term: null, Ingredients.Count: 1 })
                {
                    return QuestionTarget.ForDrug(reading.Ingredients[0], reading.Drug ?? reading.Ingredients[0]);
                }

                if (reading is { Class: null, Drug: null, Ingredients.Count: 0, Term: { } onlyTerm })
                {
                    return QuestionTarget.ForEvent(onlyTerm, reading.Condition ?? onlyTerm);
                }
            }

            return error;
        }

        var drug = response.Evidence.Drug;
        var term = response.Evidence.Term;
        if (response.Guide?.Class is { } drugClass)
        {
            return new QuestionTarget(drug, term, drug, term, drugClass.Name, [.. drugClass.Members.Select(static m => m.Drug)]) { Scope = QuestionScope.Class };
        }

        // The words the question used for the drug and the condition ("remeron" -> mirtazapine); the canonical names when
        // the reading has no words for one of them, or when the words alone read differently from the whole question.
        var asDrug = response.Guide?.Reading?.Drug ?? drug;
        var asCondition = response.Guide?.Reading?.Condition ?? term;
        if (!_queries.Ask(new AskRequest(asDrug, asCondition)).TryGetValue(out var typed, out _)
            || !string.Equals(typed.Evidence.Drug, drug, StringComparison.Ordinal) || !string.Equals(typed.Evidence.Term, term, StringComparison.Ordinal))
        {
            (asDrug, asCondition) = (drug, term);
        }

        return new QuestionTarget(drug, term, asDrug, asCondition, null, []);
    }

    private EvidenceSources? Sources()
    {
        using var lease = _workspace.Acquire();
        return lease.Generation.Sources.TryGetValue(out var sources, out _) ? sources : null;
    }
}
