using System.Globalization;
using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Evidence;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Application.Queries;

/// <summary>
/// The read-only use cases over one <see cref="CausaWorkspace"/>: ask, evidence, top, case and info. Each takes a
/// typed request and returns a typed response (the JSON contract) or an <see cref="Error"/>.
/// </summary>
/// <remarks>Thread-safe: it holds nothing but the workspace, which is itself thread-safe. Each call leases the workspace's
/// current generation and answers from it alone, so a store replaced meanwhile never mixes into one answer.</remarks>
public sealed class QueryService
{
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
    /// </summary>
    public Result<AskResponse> Ask(AskRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.HasCaseStore && workspace.HasEvidenceSources)
        {
            return FromSourcesOnly(workspace, request, "no FAERS reports have been ingested");
        }

        if (!workspace.Store.TryGetValue(out var store, out var error) || !workspace.Names.TryGetValue(out var lookup, out error))
        {
            return error;
        }

        var drugMatch = lookup.FindDrug(request.Drug);
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
        return new AskResponse(answer, verdicts, NameMatchResponse.From(drugMatch), EventMatchResponse.From(eventMatch), null, drugMatch, eventMatch);
    }

    /// <summary>Both verdicts for a drug and a condition from every loaded source and the store.</summary>
    public Result<EvidenceAnswer> Evidence(EvidenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _workspace.Acquire();
        if (!lease.Generation.Evidence.TryGetValue(out var query, out var error))
        {
            return error;
        }

        var resolved = Resolve(query, request.Drug, request.Condition);
        return resolved.Succeeded ? query.Assess(resolved.Value.Ingredient, resolved.Value.Term) : resolved.Error;
    }

    /// <summary>The strongest pairs for a drug, an event, a class, or a class's members for an event.</summary>
    public Result<TopResponse> Top(TopRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
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

        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
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

        return new TopResponse(rows, title, query.MinCount, query.Roles, saved is not null, classMatch?.Label, scan.Damaged ? scan.Note : null);
    }

    /// <summary>The kept version of a case, by FAERS case id (digits only).</summary>
    public Result<CaseResponse> Case(string caseId)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        if (!long.TryParse(caseId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Error.BadInput($"'{caseId}' is not a case id (digits only).");
        }

        using var lease = _workspace.Acquire();
        if (!lease.Generation.Store.TryGetValue(out var store, out var error))
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
        if (!lease.Generation.Names.TryGetValue(out var lookup, out var error))
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
        if (!lease.Generation.Names.TryGetValue(out var lookup, out var error))
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
        if (!lease.Generation.Store.TryGetValue(out var store, out var error) || !lease.Generation.Names.TryGetValue(out var lookup, out error))
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

    private static Result<AskResponse> FromSourcesOnly(WorkspaceGeneration workspace, AskRequest request, string why)
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
