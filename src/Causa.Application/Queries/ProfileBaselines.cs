using System.Collections.Concurrent;
using System.Globalization;
using Causa.Core.Model;
using Causa.Core.Query;

namespace Causa.Application.Queries;

/// <summary>
/// The baselines of pair profiles (every case with a drug or a class's members, <see cref="CaseProfiler.ForDrug"/>) of one
/// workspace generation, by ingredient set and roles. A baseline walks every case of the drug (about 30,000 for a much
/// reported one), the pair itself only the cases that also report the event, and every pair of a drug shares one
/// baseline; so the first profile of a drug in a generation pays for the baseline and later ones do not.
/// </summary>
/// <remarks>Thread-safe; two racing first calls for one drug may both compute it, and one is kept. Bounded: at most
/// <see cref="Limit"/> baselines, after which the cache is emptied and fills again (a baseline holds a few hundred
/// counts: its years, quarters, countries and top-10 lists, a few tens of kilobytes at most). It belongs to the
/// generation (<see cref="WorkspaceGeneration.Cache{T}"/>), so it goes with it when a newer store replaces it.</remarks>
internal sealed class ProfileBaselines
{
    /// <summary>Most baselines kept at once.</summary>
    public const int Limit = 1_000;

    private readonly ConcurrentDictionary<(string Ingredients, RoleFilter Roles), CaseProfile> _baselines = new();

    /// <summary>The profile of a pair, its baseline from this cache or computed and kept.</summary>
    /// <param name="profiler">A profiler over the generation's store.</param>
    /// <param name="ingredientIds">One ingredient, or a class's members.</param>
    /// <param name="termId">The event's term id.</param>
    /// <param name="roles">Drug roles counted.</param>
    public CaseProfile ForPair(CaseProfiler profiler, IReadOnlyCollection<int> ingredientIds, int termId, RoleFilter roles)
    {
        ArgumentNullException.ThrowIfNull(profiler);
        ArgumentNullException.ThrowIfNull(ingredientIds);
        var key = (string.Join(',', ingredientIds.Distinct().Order().Select(static id => id.ToString(CultureInfo.InvariantCulture))), roles);
        if (!_baselines.TryGetValue(key, out var baseline))
        {
            if (_baselines.Count >= Limit)
            {
                _baselines.Clear();
            }

            baseline = _baselines.GetOrAdd(key, _ => profiler.ForDrug(ingredientIds, roles));
        }

        return profiler.ForPair(ingredientIds, termId, roles, baseline);
    }
}
