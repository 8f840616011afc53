namespace Causa.Core.Storage;

/// <summary>Event counts over a set of cases (see <see cref="IPairCounts.EventCountsForDrugs"/>).</summary>
/// <param name="Cases">Number of cases in the set.</param>
/// <param name="ByTerm">For each term id, how many cases of the set report it (length = number of terms).</param>
public sealed record EventCounts(int Cases, int[] ByTerm);
