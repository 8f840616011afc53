using Causa.Core.Query;

namespace Causa.Application.Queries;

/// <summary>
/// What the trend use case keeps per workspace generation: every case of the store by year of first receipt, which
/// each trend needs and which costs one pass over all cases (tens of milliseconds for a store of millions). It goes
/// with its generation, so a newer store is never counted with an older one's totals.
/// </summary>
internal sealed class TrendCaches
{
    private IReadOnlyDictionary<int, int>? _yearTotals;

    /// <summary>The yearly totals, computed by the first caller from <paramref name="queries"/> over this generation's store.</summary>
    /// <remarks>Thread-safe: two first callers may both compute them; both results are equal and one is kept.</remarks>
    public IReadOnlyDictionary<int, int> YearTotals(TrendQueries queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return Volatile.Read(ref _yearTotals) ?? Interlocked.CompareExchange(ref _yearTotals, queries.YearTotals(), null) ?? _yearTotals!;
    }
}
