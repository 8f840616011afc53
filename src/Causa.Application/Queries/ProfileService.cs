using System.Globalization;
using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Evidence;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Resolution;

namespace Causa.Application.Queries;

/// <summary>
/// The profile use case: the names resolved as <c>ask</c> resolves them (the workspace's <c>StoreNameLookup</c>), the
/// profile computed by the engine (<see cref="CaseProfiler"/>) over the store's read interfaces.
/// </summary>
/// <remarks>Thread-safe; each call leases the workspace's current generation. A pair's drug baseline is computed once per
/// generation and kept (<see cref="ProfileBaselines"/>), so only the first pair of a drug walks all its cases.</remarks>
public sealed class ProfileService
{
    private readonly CausaWorkspace _workspace;

    /// <summary>Creates the service over a workspace.</summary>
    public ProfileService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
    }

    /// <summary>The profile of a pair, a drug alone, an event alone or a class (alone or with an event).</summary>
    public Result<ProfileResponse> Profile(ProfileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hasDrug = !string.IsNullOrWhiteSpace(request.Drug);
        var hasEvent = !string.IsNullOrWhiteSpace(request.Event);
        var hasClass = !string.IsNullOrWhiteSpace(request.Class);
        if (hasDrug && hasClass)
        {
            return Error.BadInput("give a drug or a class, not both.");
        }

        if (!hasDrug && !hasEvent && !hasClass)
        {
            return Error.BadInput("give a drug, an event, a class, or a drug or class with an event.");
        }

        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.Store.TryGetValue(out var store, out var error) || !workspace.Names.TryGetValue(out var lookup, out error))
        {
            return error;
        }

        var roles = request.Roles == RoleFilter.All ? "all" : "suspect";
        IReadOnlyList<int>? ingredients = null;
        string? drug = null;
        string? label = null;
        if (hasDrug || hasClass)
        {
            var subject = Subject(lookup, request.Drug, request.Class);
            if (!subject.TryGetValue(out var found, out error))
            {
                return error;
            }

            (ingredients, drug, label) = found;
        }

        NameMatch? eventMatch = null;
        if (hasEvent)
        {
            eventMatch = lookup.FindEvent(request.Event!);
            if (!eventMatch.IsFound)
            {
                return NameErrors.For(eventMatch, "event");
            }
        }

        var profiler = new CaseProfiler(store);
        var profile = (ingredients, eventMatch) switch
        {
            ({ } ids, { } term) => workspace.Cache<ProfileBaselines>().ForPair(profiler, ids, term.Id, request.Roles),
            ({ } ids, null) => profiler.ForDrug(ids, request.Roles),
            _ => profiler.ForEvent(eventMatch!.Id),
        };
        return new ProfileResponse(drug, eventMatch?.Name, label, roles, profile);
    }

    /// <summary>The trend of a drug (or class) with an event by year of first receipt (<see cref="TrendQueries"/>).</summary>
    public Result<TrendAnswer> Trend(TrendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Drug) == string.IsNullOrWhiteSpace(request.Class))
        {
            return Error.BadInput("give a drug or a class (not both), and an event.");
        }

        if (string.IsNullOrWhiteSpace(request.Event))
        {
            return Error.BadInput("give an event.");
        }

        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.Store.TryGetValue(out var store, out var error) || !workspace.Names.TryGetValue(out var lookup, out error))
        {
            return error;
        }

        var subject = Subject(lookup, request.Drug, request.Class);
        if (!subject.TryGetValue(out var found, out error))
        {
            return error;
        }

        var eventMatch = lookup.FindEvent(request.Event);
        if (!eventMatch.IsFound)
        {
            return NameErrors.For(eventMatch, "event");
        }

        // The yearly totals of all cases are the costly part (one pass over every case) and depend on the store alone.
        var queries = new TrendQueries(store);
        var totals = workspace.Cache<TrendCaches>().YearTotals(queries);
        return queries.Trend(found.Drug ?? found.Label!, found.Ingredients, eventMatch.Id, request.Roles, totals);
    }

    /// <summary>Each member of a class with an event, beside the class as a whole (<see cref="ClassComparer"/>).</summary>
    public Result<ClassComparison> Compare(CompareRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Class) || string.IsNullOrWhiteSpace(request.Event))
        {
            return Error.BadInput("give a class and an event.");
        }

        using var lease = _workspace.Acquire();
        var workspace = lease.Generation;
        if (!workspace.Store.TryGetValue(out var store, out var error) || !workspace.Names.TryGetValue(out var lookup, out error) ||
            !workspace.Evidence.TryGetValue(out var evidence, out error))
        {
            return error;
        }

        var subject = Subject(lookup, null, request.Class);
        if (!subject.TryGetValue(out var found, out error))
        {
            return error;
        }

        var eventMatch = lookup.FindEvent(request.Event);
        if (!eventMatch.IsFound)
        {
            return NameErrors.For(eventMatch, "event");
        }

        var scan = workspace.Scan(request.Roles);
        // The class as the user named it: the matched classes' full label is long and stands in a table row.
        var label = string.Create(CultureInfo.InvariantCulture, $"{request.Class.Trim()} ({found.Ingredients.Count} members in the store)");
        return new ClassComparer(store, evidence.Sources).Compare(label, found.Ingredients, eventMatch.Id, request.Roles, scan.Signals);
    }

    /// <summary>The ingredients a drug name or a class name stands for in the store, with the name to show.</summary>
    private static Result<(IReadOnlyList<int> Ingredients, string? Drug, string? Label)> Subject(StoreNameLookup lookup, string? drug, string? drugClass)
    {
        if (!string.IsNullOrWhiteSpace(drug))
        {
            var match = lookup.FindDrug(drug);
            return match.IsFound ? ([match.Id], match.Name, null) : NameErrors.For(match, "drug");
        }

        if (lookup.Vocabulary.Classes.Count == 0)
        {
            return new Error(ErrorKind.NotFound, "no drug classes are known yet.", Remedy.ImportDrugClasses, new ErrorSubject(Name: drugClass));
        }

        var classMatch = lookup.FindClass(drugClass!);
        if (classMatch.Classes.Count == 0)
        {
            return new Error(ErrorKind.NotFound, $"no drug class matches '{drugClass}'.", Remedy.TryAnotherClass, new ErrorSubject(Name: drugClass));
        }

        if (classMatch.IngredientIds.Count == 0)
        {
            return Error.NotFound($"no member of {classMatch.Label} is in the store.", drugClass);
        }

        return (classMatch.IngredientIds, null, string.Create(CultureInfo.InvariantCulture, $"{classMatch.Label} ({classMatch.IngredientIds.Count} members in the store)"));
    }
}
