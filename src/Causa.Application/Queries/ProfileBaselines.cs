using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
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

    // Keyed by the ingredient ids ascending and the roles, as text ("12,40/1"): a string key keeps the dictionary
    // to the instantiation a ReadyToRun image already holds, where a tuple key is compiled on a process's first question.
    private readonly ConcurrentDictionary<string, CaseProfile> _baselines = new(StringComparer.Ordinal);

    /// <summary>The profile of a pair, its baseline from this cache or computed and kept.</summary>
    /// <param name="profiler">A profiler over the generation's store.</param>
    /// <param name="ingredientIds">One ingredient, or a class's members.</param>
    /// <param name="termId">The event's term id.</param>
    /// <param name="roles">Drug roles counted.</param>
    public CaseProfile ForPair(CaseProfiler profiler, IReadOnlyCollection<int> ingredientIds, int termId, RoleFilter roles)
    {
        ArgumentNullException.ThrowIfNull(profiler);
        ArgumentNullException.ThrowIfNull(ingredientIds);
        var key = new StringBuilder();
        foreach (var id in CaseProfiler.Sorted(ingredientIds))
        {
            key.Append(key.Length == 0 ? string.Empty : ",").Append(id.ToString(CultureInfo.InvariantCulture));
        }

        key.Append('/').Append(((int)roles).ToString(CultureInfo.InvariantCulture));
        var text = key.ToString();
        if (!_baselines.TryGetValue(text, out var baseline))
        {
            if (_baselines.Count >= Limit)
            {
                _baselines.Clear();
            }

            baseline = _baselines.GetOrAdd(text, _ => profiler.ForDrug(ingredientIds, roles));
        }

        return profiler.ForPair(ingredientIds, termId, roles, baseline);
    }
}
