using Causa.Core.Model;
using Causa.Core.Statistics;

namespace Causa.Core.Storage;

/// <summary>MGPS scores of every reported pair, computed by a whole-store scan and saved with the store.</summary>
/// <remarks>Thread-safe for reads. Dispose when done (a file implementation holds a mapping).</remarks>
public interface ISavedScores : IDisposable
{
    /// <summary>Drug roles the scan counted.</summary>
    RoleFilter Roles { get; }

    /// <summary>The scores of one pair; null when the pair has no case (N = 0, so EBGM was not computed) or an id is unknown.</summary>
    (int N, double E, MgpsScore Score)? Find(int ingredientId, int termId);

    /// <summary>Why scores are missing because part of the scan turned out damaged when it was read; null while every
    /// part read was sound. A scan verified as it is read finds damage only where a query reads, so this is set by
    /// the first damaged read, and from then on <see cref="Find"/> returns null.</summary>
    SavedScoresNote? Damage => null;

    /// <summary>
    /// Every term the scan counted with the ingredient and its case count N: the counts
    /// <see cref="IPairCounts.EventCountsForDrugs"/> gives for the ingredient alone with <see cref="Roles"/> (the scan counts
    /// them so), read instead of walking the drug's cases again.
    /// </summary>
    /// <param name="ingredientId">Ingredient id in the store the scan was computed from.</param>
    /// <param name="terms">The terms with N ≥ 1, ascending; empty for an ingredient without pairs.</param>
    /// <param name="counts">N of each term, parallel to <paramref name="terms"/>.</param>
    /// <returns>False when this kind of scan cannot list them (the caller counts from the store instead).</returns>
    bool TryEventCounts(int ingredientId, out ReadOnlySpan<int> terms, out ReadOnlySpan<int> counts)
    {
        terms = default;
        counts = default;
        return false;
    }
}
