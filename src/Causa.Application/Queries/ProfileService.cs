using System.Globalization;
using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Resolution;

namespace Causa.Application.Queries;

/// <summary>
/// The profile use case: the names resolved as <c>ask</c> resolves them (the workspace's <c>StoreNameLookup</c>), the
/// profile computed by the engine (<see cref="CaseProfiler"/>) over the store's read interfaces.
/// </summary>
/// <remarks>Thread-safe; each call leases the workspace's current generation.</remarks>
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
        if (hasDrug)
        {
            var match = lookup.FindDrug(request.Drug!);
            if (!match.IsFound)
            {
                return NameErrors.For(match, "drug");
            }

            ingredients = [match.Id];
            drug = match.Name;
        }
        else if (hasClass)
        {
            if (lookup.Vocabulary.Classes.Count == 0)
            {
                return new Error(ErrorKind.NotFound, "no drug classes are known yet.", Remedy.ImportDrugClasses, new ErrorSubject(Name: request.Class));
            }

            var classMatch = lookup.FindClass(request.Class!);
            if (classMatch.Classes.Count == 0)
            {
                return new Error(ErrorKind.NotFound, $"no drug class matches '{request.Class}'.", Remedy.TryAnotherClass, new ErrorSubject(Name: request.Class));
            }

            if (classMatch.IngredientIds.Count == 0)
            {
                return Error.NotFound($"no member of {classMatch.Label} is in the store.", request.Class);
            }

            ingredients = classMatch.IngredientIds;
            label = string.Create(CultureInfo.InvariantCulture, $"{classMatch.Label} ({classMatch.IngredientIds.Count} members in the store)");
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
            ({ } ids, { } term) => profiler.ForPair(ids, term.Id, request.Roles),
            ({ } ids, null) => profiler.ForDrug(ids, request.Roles),
            _ => profiler.ForEvent(eventMatch!.Id),
        };
        return new ProfileResponse(drug, eventMatch?.Name, label, roles, profile);
    }
}
