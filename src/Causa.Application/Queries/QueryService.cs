using System.Collections.Concurrent;
using System.Globalization;
using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Evidence;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Questions;
using Causa.Core.Resolution;
using Causa.Core.Storage;
using Causa.Core.Verdicts;

namespace Causa.Application.Queries;

/// <summary>
/// The read-only use cases over one <see cref="CausaWorkspace"/>: ask, evidence, top, case and info. Each takes a
/// typed request and returns a typed response (the JSON contract) or an <see cref="Error"/>.
/// </summary>
/// <remarks>Thread-safe: it holds nothing but the workspace, which is itself thread-safe. Each call leases the workspace's
/// current generation and answers from it alone, so a store replaced meanwhile never mixes into one answer; the bounded
/// caches of repeated sub-answers (see <see cref="CacheLimit"/>) belong to the generation, so they go with it.</remarks>
public sealed class QueryService
{
    /// <summary>Most entries each cache holds before it is emptied and refilled (a bound on memory for a long-lived server).</summary>
    public const int CacheLimit = 10_000;

    private readonly CausaWorkspace _workspace;

    /// <summary>Creates the service over <paramref name="workspace"/> (not owned: dispose the workspace yourself).</summary>
    public QueryService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
    }

    /// <summary>
    /// "Can DRUG cause EVENT?": the 2×2 table, every statistic, the verdict, and the two evidence verdicts. When the
    /// store has no report of a name (or there is no store) but evidence sources are loaded, answers from those alone.
    /// A drug class ("antidepressants", "SSRIs") that is not itself a drug name is answered member by member
    /// (<see cref="AnswerGuide.Class"/>). Every answer carries its <see cref="AskResponse.Guide"/>.
    /// </summary>
    public Result<AskResponse> Ask(AskRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        return Ask(workspace, request, QuestionKind.Both, null);
    }

    /// <summary>
    /// A whole question ("can mirtazapine cause restless legs?", "trazodon voor slapeloosheid", "antidepressants for
    /// fibromyalgia"): read into the drug, brand or class, the condition and the kind, then answered as
    /// <see cref="Ask(AskRequest)"/> answers the names read, with the reading in <see cref="AnswerGuide.Reading"/>.
    /// </summary>
    /// <returns>The answer; <see cref="ErrorKind.NotFound"/> when no drug or no condition could be read (the message says
    /// which, and what was read); <see cref="ErrorKind.BadInput"/> for a blank question or a combination product.</returns>
    public Result<AskResponse> AskQuestion(QuestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            return Error.BadInput("give a question, e.g. \"can mirtazapine cause restless legs?\", or a DRUG and an EVENT.");
        }

        if (!workspace.Questions.TryGetValue(out var parser, out var error))
        {
            return error;
        }

        var parsed = parser.Parse(request.Question.Trim());
        var reading = QuestionReading.From(parsed);
        if (!parsed.Complete)
        {
            var read = parsed.Reading.Where(static w => w.Role is "drug" or "class" or "condition").Select(static w => $"\"{w.Text}\" as {w.ReadAs}").ToList();
            return new Error(
                ErrorKind.NotFound,
                $"could not read the question \"{request.Question.Trim()}\": {string.Join(" ", parsed.Problems)}" + (read.Count > 0 ? $" Read: {string.Join(", ", read)}." : string.Empty) + KnownUsesHint(workspace, parsed),
                Remedy.None,
                new ErrorSubject(Name: request.Question.Trim()));
        }

        if (parsed.ClassName is not null && workspace.Classes.TryGetValue(out var classes, out _) && classes.Resolve(parsed.DrugText!) is { Members.Count: > 0 } drugClass)
        {
            return AskClass(workspace, drugClass, parsed.Term!, request.Roles, parsed.Kind, reading);
        }

        if (parsed.Ingredients.Count > 1)
        {
            // Each ingredient has its own reports and labels; the message names the questions to ask instead.
            var verb = parsed.Kind == QuestionKind.Help ? "help with" : "cause";
            var examples = string.Join(" or ", parsed.Ingredients.Take(3).Select(i => $"\"can {i.ToLowerInvariant()} {verb} {parsed.Term!.ToLowerInvariant()}?\""));
            return Error.BadInput($"\"{parsed.DrugText}\" is a combination ({string.Join(" + ", parsed.Ingredients)}): Causa answers one ingredient at a time; ask {examples}");
        }

        return Ask(workspace, new AskRequest(parsed.Ingredients[0], parsed.Term!, request.Roles), parsed.Kind, reading);
    }

    /// <summary>
    /// How a whole question reads (its drug, class, condition and each word's reading), without answering it: for a
    /// front end that leads a question naming only a drug or only a condition to the page about it.
    /// </summary>
    /// <returns>The reading, complete or not; <see cref="ErrorKind.BadInput"/> for a blank question.</returns>
    public Result<QuestionReading> ReadQuestion(QuestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _workspace.Acquire();
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            return Error.BadInput("give a question, e.g. \"can mirtazapine cause restless legs?\", or a DRUG and an EVENT.");
        }

        return lease.Generation.Questions.TryGetValue(out var parser, out var error)
            ? QuestionReading.From(parser.Parse(request.Question.Trim()))
            : error;
    }

    // A question naming one drug and no condition ("what is amitriptyline used for?") is answered as far as it can be:
    // what the loaded indication sources know the drug is used for, and how to ask about one of those uses.
    private static string KnownUsesHint(WorkspaceGeneration workspace, ParsedQuestion parsed)
    {
        if (parsed.Term is not null || parsed.ClassName is not null || parsed.Ingredients.Count != 1 || !workspace.HasEvidenceSources
            || !workspace.Sources.TryGetValue(out var sources, out _)
            || IndicationOverview.KnownUses(parsed.Ingredients[0], sources) is not { } uses)
        {
            return string.Empty;
        }

        return $" What the sources know {parsed.Ingredients[0]} is used for: {uses.Phrase}. Ask about one condition, e.g. \"is {parsed.DrugText} used for {uses.FirstUse.ToLowerInvariant()}?\"";
    }

    /// <summary>One line of <c>ask --batch</c>: <c>DRUG&lt;TAB&gt;CONDITION</c> as <see cref="Ask(AskRequest)"/>, else a whole
    /// question as <see cref="AskQuestion"/>.</summary>
    public Result<AskResponse> AskLine(string line, RoleFilter roles = RoleFilter.Suspect)
    {
        ArgumentNullException.ThrowIfNull(line);
        return BatchLine.TrySplit(line, out var drug, out var condition)
            ? (drug.Length == 0 || condition.Length == 0 ? Error.BadInput("a DRUG<TAB>CONDITION line needs both parts.") : Ask(new AskRequest(drug, condition, roles)))
            : AskQuestion(new QuestionRequest(line, roles));
    }

    /// <summary>Answers several batch lines at once, each as <see cref="AskLine"/>, on up to
    /// <see cref="Environment.ProcessorCount"/> threads; the results come back in the lines' order.</summary>
    /// <param name="lines">The lines (no blank or comment lines: skip those with <see cref="BatchLine.IsSkipped"/> first).</param>
    /// <param name="roles">Drug roles counted.</param>
    /// <param name="cancellationToken">Stops starting new lines.</param>
    public IReadOnlyList<Result<AskResponse>> AskLines(IReadOnlyList<string> lines, RoleFilter roles = RoleFilter.Suspect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var results = new Result<AskResponse>[lines.Count];
        Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = AskLine(lines[i], roles));
        return results;
    }

    private Result<AskResponse> Ask(WorkspaceGeneration workspace, AskRequest request, QuestionKind kind, QuestionReading? reading)
    {
        // The drug as the store knows it, looked up once: whether the words name a class is asked only of words that name no
        // drug the store knows, and the answer goes on from the same lookup.
        var storeDrug = workspace.HasCaseStore && workspace.Names.TryGetValue(out var lookup, out _) ? lookup.FindDrug(request.Drug) : null;
        if (ClassOf(workspace, request.Drug, storeDrug) is { } drugClass)
        {
            return AskClass(workspace, drugClass, request.Event, request.Roles, kind, reading);
        }

        var result = AskDrug(workspace, request, storeDrug);
        if (!result.TryGetValue(out var response, out var error))
        {
            return error;
        }

        return workspace.Evidence.TryGetValue(out var evidence, out error)
            ? response with { Guide = Guide(workspace, evidence, response.Evidence, request.Roles, kind, reading) }
            : error;
    }

    private Result<AskResponse> AskDrug(WorkspaceGeneration workspace, AskRequest request, NameMatch? storeDrug)
    {
        if (!workspace.HasCaseStore && workspace.HasEvidenceSources)
        {
            return FromSourcesOnly(workspace, request, "no FAERS reports have been ingested");
        }

        if (!workspace.Store.TryGetValue(out var store, out var error) || !workspace.Names.TryGetValue(out var lookup, out error))
        {
            return error;
        }

        var drugMatch = storeDrug ?? lookup.FindDrug(request.Drug);
        var eventMatch = drugMatch.IsFound ? lookup.FindEvent(request.Event) : null;
        if ((!drugMatch.IsFound || eventMatch is { IsFound: false }) && workspace.HasEvidenceSources)
        {
            // The reports say nothing about this name, but another loaded source may.
            var missing = !drugMatch.IsFound ? $"no FAERS report in the store mentions '{request.Drug}'" : $"no FAERS report in the store mentions '{request.Event}'";
            return FromSourcesOnly(workspace, request, missing);
        }

        if (!drugMatch.IsFound)
        {
            return NameErrors.For(drugMatch, "drug");
        }

        if (eventMatch is null || !eventMatch.IsFound)
        {
            return NameErrors.For(eventMatch ?? lookup.FindEvent(request.Event), "event");
        }

        var scan = workspace.Scan(request.Roles);
        var answer = new SignalQueries(store).Ask(drugMatch.Id, eventMatch.Id, request.Roles, scan.Signals, scan.Note);

        // The two verdicts ("can it cause?", "does it help?") weigh the reports with every loaded source.
        if (!workspace.Evidence.TryGetValue(out var evidence, out error))
        {
            return error;
        }

        var verdicts = evidence.Assess(answer.Drug, answer.Event, answer);
        return new AskResponse(answer, verdicts, NameMatchResponse.From(drugMatch), EventMatchResponse.From(eventMatch), null, drugMatch, eventMatch)
        {
            Profile = workspace.Cache<ProfileBaselines>().ForPair(new CaseProfiler(store), [drugMatch.Id], eventMatch.Id, request.Roles),
        };
    }

    /// <summary>Both verdicts for a drug (or a class, member by member) and a condition from every loaded source and the
    /// store, with the answer's guide.</summary>
    public Result<EvidenceResponse> Evidence(EvidenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.Evidence.TryGetValue(out var query, out var error))
        {
            return error;
        }

        if (ClassOf(workspace, request.Drug, storeDrug: null) is { } drugClass)
        {
            return AskClass(workspace, drugClass, request.Condition, RoleFilter.Suspect, QuestionKind.Both, null).TryGetValue(out var classResponse, out error)
                ? new EvidenceResponse(classResponse.Evidence, classResponse.Guide!)
                : error;
        }

        var resolved = Resolve(query, request.Drug, request.Condition);
        if (!resolved.Succeeded)
        {
            return resolved.Error;
        }

        var answer = query.Assess(resolved.Value.Ingredient, resolved.Value.Term);
        return new EvidenceResponse(answer, Guide(workspace, query, answer, RoleFilter.Suspect, QuestionKind.Both, null));
    }

    /// <summary>The strongest pairs for a drug, an event, a class, or a class's members for an event.</summary>
    public Result<TopResponse> Top(TopRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        var hasDrug = !string.IsNullOrWhiteSpace(request.Drug);
        var hasEvent = !string.IsNullOrWhiteSpace(request.Event);
        var hasClass = !string.IsNullOrWhiteSpace(request.Class);
        if (hasDrug && (hasClass || hasEvent))
        {
            return Error.BadInput("give a DRUG, or --event EVENT, or --class CLASS (optionally with --event), not a DRUG with them.");
        }

        if (!hasDrug && !hasEvent && !hasClass)
        {
            return Error.BadInput("give a DRUG, --event EVENT or --class CLASS.");
        }

        if (request.MinCount < 1 || request.Limit < 1)
        {
            return Error.BadInput("--min-count and --limit must be at least 1.");
        }

        if (!workspace.Store.TryGetValue(out var store, out var error) || !workspace.Names.TryGetValue(out var lookup, out error))
        {
            return error;
        }

        var queries = new SignalQueries(store);
        var scan = workspace.Scan(request.Roles);
        var saved = scan.Signals;
        var query = new TopQuery(request.Roles, request.MinCount, request.Limit, saved);
        DrugClassMatch? classMatch = null;
        if (hasClass)
        {
            if (lookup.Vocabulary.Classes.Count == 0)
            {
                return new Error(ErrorKind.NotFound, "no drug classes are known yet.", Remedy.ImportDrugClasses, new ErrorSubject(Name: request.Class));
            }

            classMatch = lookup.FindClass(request.Class!);
            if (classMatch.Classes.Count == 0)
            {
                return new Error(ErrorKind.NotFound, $"no drug class matches '{request.Class}'.", Remedy.TryAnotherClass, new ErrorSubject(Name: request.Class));
            }

            if (classMatch.IngredientIds.Count == 0)
            {
                return Error.NotFound($"no member of {classMatch.Label} is in the store.", request.Class);
            }
        }

        IReadOnlyList<TopEntry> rows;
        string title;
        if (hasDrug)
        {
            var match = lookup.FindDrug(request.Drug!);
            if (!match.IsFound)
            {
                return NameErrors.For(match, "drug");
            }

            rows = queries.TopEventsForDrug(match.Id, query);
            title = $"Events most disproportionately reported with {match.Name}";
        }
        else if (hasEvent)
        {
            var match = lookup.FindEvent(request.Event!);
            if (!match.IsFound)
            {
                return NameErrors.For(match, "event");
            }

            if (classMatch is null)
            {
                rows = queries.TopDrugsForEvent(match.Id, query);
                title = $"Drugs most disproportionately reported with {match.Name}";
            }
            else
            {
                rows = new ClassQueries(store).TopMembersForEvent(match.Id, classMatch.IngredientIds, query);
                title = $"Class '{request.Class!.Trim()}' members ({classMatch.IngredientIds.Count} in the store) most disproportionately reported with {match.Name}";
            }
        }
        else
        {
            rows = new ClassQueries(store).TopEventsForClass(request.Class!.Trim() + " (class)", classMatch!.IngredientIds, query);
            title = $"Events most disproportionately reported with class '{request.Class.Trim()}' ({classMatch.IngredientIds.Count} members in the store)";
        }

        return new TopResponse(rows, title, query.MinCount, query.Roles, saved is not null && saved.Damage is null, classMatch?.Label, scan.Damaged ? scan.Note : saved?.Damage);
    }

    /// <summary>The profile of a pair, a drug alone, an event alone or a class (<see cref="ProfileService"/>).</summary>
    public Result<ProfileResponse> Profile(ProfileRequest request) => new ProfileService(_workspace).Profile(request);

    /// <summary>The trend of a pair by year of first receipt, per year and cumulative (<see cref="ProfileService.Trend"/>).</summary>
    public Result<TrendAnswer> Trend(TrendRequest request) => new ProfileService(_workspace).Trend(request);

    /// <summary>Each member of a class with an event, beside the class (<see cref="ProfileService.Compare"/>).</summary>
    public Result<ClassComparison> Compare(CompareRequest request) => new ProfileService(_workspace).Compare(request);

    /// <summary>The kept version of a case, by FAERS case id (digits only).</summary>
    public Result<CaseResponse> Case(string caseId)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!long.TryParse(caseId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Error.BadInput($"'{caseId}' is not a case id (digits only).");
        }

        if (!workspace.Store.TryGetValue(out var store, out var error))
        {
            return error;
        }

        var record = store.FindCase(id);
        if (record is null)
        {
            return Error.NotFound(store.IsDeleted(id)
                ? $"case {id} was removed by FDA (it is on a DELETE list)."
                : $"case {id} is not in the store (not in any quarter ingested).", caseId);
        }

        return ToResponse(record);
    }

    /// <summary>What the store holds: cases, reports, quarters, drugs, events.</summary>
    public Result<StoreSummary> Info()
    {
        using var lease = _workspace.Acquire();
        return lease.Generation.Store.TryGetValue(out var store, out var error) ? new SignalQueries(store).Summary() : error;
    }

    /// <summary>Resolves a drug name to one ingredient of the store (ids for filters); not found or ambiguous gives the
    /// error with the suggestions or choices.</summary>
    public Result<NameMatch> FindDrug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.Names.TryGetValue(out var lookup, out var error))
        {
            return error;
        }

        var match = lookup.FindDrug(text);
        return match.IsFound ? match : NameErrors.For(match, "drug");
    }

    /// <summary>Resolves an event wording to one MedDRA term of the store; not found or ambiguous gives the error.</summary>
    public Result<NameMatch> FindEvent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.Names.TryGetValue(out var lookup, out var error))
        {
            return error;
        }

        var match = lookup.FindEvent(text);
        return match.IsFound ? match : NameErrors.For(match, "event");
    }

    /// <summary>Picks a first question for a store: the given drug (else the most reported one) and the given event
    /// (else that drug's strongest signal).</summary>
    /// <param name="drug">A drug name as typed, or null to pick one.</param>
    /// <param name="eventName">An event as typed, or null to pick one.</param>
    public Result<FirstQuestion> FirstQuestion(string? drug, string? eventName)
    {
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.Store.TryGetValue(out var store, out var error) || !workspace.Names.TryGetValue(out var lookup, out error))
        {
            return error;
        }

        int drugId;
        if (drug is not null)
        {
            var match = lookup.FindDrug(drug);
            if (!match.IsFound)
            {
                return NameErrors.For(match, "drug");
            }

            drugId = match.Id;
        }
        else
        {
            drugId = Enumerable.Range(0, store.Ingredients.Count).MaxBy(id => store.CasesWithIngredient(id, RoleFilter.Suspect).Length);
        }

        var drugName = store.Ingredients[drugId];
        if (eventName is not null)
        {
            var match = lookup.FindEvent(eventName);
            return match.IsFound ? new FirstQuestion(drugName, match.Name!) : NameErrors.For(match, "event");
        }

        var queries = new SignalQueries(store);
        var top = queries.TopEventsForDrug(drugId, new TopQuery(MinCount: 3, Limit: 1));
        top = top.Count > 0 ? top : queries.TopEventsForDrug(drugId, new TopQuery(MinCount: 1, Limit: 1));
        return top.Count == 0
            ? Error.BadData($"{drugName} has no events in the store to ask about.")
            : new FirstQuestion(drugName, top[0].Event);
    }

    /// <summary>The role code FAERS uses: PS, SS, C or I.</summary>
    public static string RoleCode(DrugRole role) => role switch
    {
        DrugRole.PrimarySuspect => "PS",
        DrugRole.SecondarySuspect => "SS",
        DrugRole.Concomitant => "C",
        DrugRole.Interacting => "I",
        _ => "?",
    };

    private Result<AskResponse> FromSourcesOnly(WorkspaceGeneration workspace, AskRequest request, string why)
    {
        if (!workspace.Evidence.TryGetValue(out var query, out var error))
        {
            return error;
        }

        var resolved = Resolve(query, request.Drug, request.Event);
        return resolved.Succeeded
            ? new AskResponse(null, query.Assess(resolved.Value.Ingredient, resolved.Value.Term), null, null, why, null, null)
            : resolved.Error;
    }

    /// <summary>The class the words name when they name no drug (a name that is both stays a drug, as it was before
    /// classes were read); null otherwise.</summary>
    /// <param name="workspace">The generation answering.</param>
    /// <param name="text">The drug words.</param>
    /// <param name="storeDrug">The store's lookup of <paramref name="text"/> when the caller made it (a store and its names
    /// open), else null: then the store is asked only when the words name a class.</param>
    /// <remarks>Given the store's lookup, a drug the store knows never loads the class words (which only this test and the
    /// question parser read): most questions name one.</remarks>
    private static DrugClassResolution? ClassOf(WorkspaceGeneration workspace, string text, NameMatch? storeDrug)
    {
        if (string.IsNullOrWhiteSpace(text) || storeDrug is { IsFound: true })
        {
            return null;
        }

        if (!workspace.Classes.TryGetValue(out var classes, out _) || classes.Resolve(text.Trim()) is not { Members.Count: > 0 } drugClass)
        {
            return null;
        }

        if (storeDrug is null && workspace.HasCaseStore && workspace.Names.TryGetValue(out var lookup, out _) && lookup.FindDrug(text).IsFound)
        {
            return null;
        }

        return workspace.Evidence.TryGetValue(out var evidence, out _) && evidence.ResolveDrug(text, out _) is not null ? null : drugClass;
    }

    /// <summary>A class question: each member answered with the store and the sources, the class verdict shared or mixed.</summary>
    private Result<AskResponse> AskClass(WorkspaceGeneration workspace, DrugClassResolution drugClass, string condition, RoleFilter roles, QuestionKind kind, QuestionReading? reading)
    {
        if (!workspace.HasCaseStore && !workspace.HasEvidenceSources)
        {
            return workspace.Store.TryGetValue(out _, out var noStore) ? Error.BadData("the store folder changed while answering.") : noStore;
        }

        if (!workspace.Evidence.TryGetValue(out var evidence, out var error))
        {
            return error;
        }

        var term = evidence.ResolveTerm(condition, out var reason);
        if (term is null)
        {
            return Error.NotFound(reason ?? $"no MedDRA preferred term known for '{condition}'", condition);
        }

        var answer = ClassAssessor.Assess(drugClass, member => MemberAnswer(workspace, evidence, member, term, roles));
        var classAnswer = new EvidenceAnswer(
            drugClass.Name,
            term,
            new CauseAssessment(answer.Members.FirstOrDefault(m => m.Cause.Verdict == answer.CauseVerdict)?.Answer.Cause.Level ?? CauseVerdict.InsufficientData, []),
            new HelpAssessment(answer.Members.FirstOrDefault(m => m.Help.Verdict == answer.HelpVerdict)?.Answer.Help.Level ?? HelpVerdict.NoneFound, []),
            false,
            answer.StandOut);
        var seeAlso = RelatedAnswers.SeeAlso(drugClass.Name, term, evidence.Sources, null, []);
        var guide = new AnswerGuide(kind, reading, answer, BottomLine.For(answer, term), seeAlso, RelatedAnswers.WarningSigns(drugClass.Name, [drugClass], term));
        var note = string.Create(CultureInfo.InvariantCulture, $"{drugClass.Name} is a drug class: each of its {answer.Members.Count} members is answered on its own (class.members)");
        return new AskResponse(null, classAnswer, null, null, note, null, null) { Guide = guide, Profile = ClassProfile(workspace, evidence.Store, drugClass, term, roles) };
    }

    /// <summary>The profile of the cases reporting any member of the class with the term; null when the store holds no
    /// member or not the term.</summary>
    private static CaseProfile? ClassProfile(WorkspaceGeneration workspace, ICaseStore? store, DrugClassResolution drugClass, string term, RoleFilter roles)
    {
        if (store is null || store.FindTerm(term) is not { } termId)
        {
            return null;
        }

        var members = drugClass.Members.Select(store.FindIngredient).OfType<int>().ToList();
        return members.Count == 0 ? null : workspace.Cache<ProfileBaselines>().ForPair(new CaseProfiler(store), members, termId, roles);
    }

    /// <summary>The bottom line, related questions and warning signs of a single drug's answer.</summary>
    private AnswerGuide Guide(WorkspaceGeneration workspace, EvidenceQuery evidence, EvidenceAnswer answer, RoleFilter roles, QuestionKind kind, QuestionReading? reading)
    {
        var classes = workspace.Classes.TryGetValue(out var resolver, out _) ? Cached(workspace.Cache<AnswerCaches>().ClassesOf, answer.Drug, resolver.ClassesOf) : [];
        Func<string, IReadOnlyList<TopEntry>>? associations = null;
        if (evidence.Store is { } store)
        {
            var saved = workspace.Scan(roles).Signals;
            associations = ingredient => Cached(workspace.Cache<AnswerCaches>().Associations, AnswerCaches.KeyOf(ingredient, roles), _ => store.FindIngredient(ingredient) is { } id
                ? new SignalQueries(store).TopEventsForDrug(id, new TopQuery(roles, MinCount: 3, Limit: 10, saved))
                : []);
        }

        var seeAlso = RelatedAnswers.SeeAlso(answer.Drug, answer.Term, evidence.Sources, associations, classes, member => MemberAnswer(workspace, evidence, member, answer.Term, roles));
        return new AnswerGuide(kind, reading, null, BottomLine.For(answer), seeAlso, RelatedAnswers.WarningSigns(answer.Drug, classes, answer.Term));
    }

    /// <summary>A class member's or alternative's verdicts for a condition, with the store, computed once per workspace.</summary>
    private EvidenceAnswer MemberAnswer(WorkspaceGeneration workspace, EvidenceQuery evidence, string ingredient, string term, RoleFilter roles) =>
        Cached(workspace.Cache<AnswerCaches>().MemberAnswers, AnswerCaches.KeyOf(ingredient, term, roles), _ => evidence.Assess(ingredient, term, Reports(workspace, evidence, ingredient, term, roles)));

    private static TValue Cached<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, Func<TKey, TValue> compute)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var value))
        {
            return value;
        }

        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(key, compute);
    }

    /// <summary>The store's answer for one member or alternative, with the workspace's saved scan (opened once).</summary>
    private PairAnswer? Reports(WorkspaceGeneration workspace, EvidenceQuery evidence, string ingredient, string term, RoleFilter roles)
    {
        if (evidence.Store is not { } store || store.FindIngredient(ingredient) is not { } drugId || store.FindTerm(term) is not { } termId)
        {
            return null;
        }

        var scan = workspace.Scan(roles);
        return new SignalQueries(store).Ask(drugId, termId, roles, scan.Signals, scan.Note);
    }

    private static Result<(string Ingredient, string Term)> Resolve(EvidenceQuery query, string drug, string condition)
    {
        var ingredient = query.ResolveDrug(drug, out var drugReason);
        if (ingredient is null)
        {
            return Error.NotFound(drugReason ?? $"no ingredient known for '{drug}'", drug);
        }

        var term = query.ResolveTerm(condition, out var termReason);
        if (term is null)
        {
            return Error.NotFound(termReason ?? $"no MedDRA preferred term known for '{condition}'", condition);
        }

        return (ingredient, term);
    }

    private static CaseResponse ToResponse(CaseRecord r) => new(
        r.CaseId,
        r.PrimaryId,
        r.CaseVersion,
        r.Quarter.ToString(),
        r.FdaDate.ToString(),
        r.EventDate.HasValue ? r.EventDate.ToString() : null,
        r.Sex,
        r.AgeYears,
        r.AgeGroup,
        r.Reporter,
        r.Country,
        r.Outcomes == SeriousOutcomes.None ? [] : r.Outcomes.ToString().Split(", "),
        [.. r.Drugs.Select(static d => new CaseDrugResponse(d.DrugName, d.ProdAi, RoleCode(d.Role), d.Ingredients, d.Resolution))],
        r.Events,
        [.. r.Indications.Select(static i => new CaseIndicationResponse(i.DrugName, i.Term))],
        r);
}
