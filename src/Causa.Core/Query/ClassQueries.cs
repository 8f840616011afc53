using Causa.Core.Statistics;
using Causa.Core.Storage;

namespace Causa.Core.Query;

/// <summary>
/// Class-level questions over a case store (<see cref="ICaseStore"/>): which members of a drug class are most associated with an event,
/// and which events are most associated with the class as a whole (a case counts once when it reports any member).
/// </summary>
/// <remarks>Thread-safe. Counts are unique cases; the background is every case in the store.</remarks>
public sealed class ClassQueries
{
    private readonly ICaseStore _store;
    private readonly SignalQueries _queries;

    /// <summary>Creates the queries over an opened store.</summary>
    public ClassQueries(ICaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _queries = new SignalQueries(store);
    }

    /// <summary>The class members most disproportionately reported with an event, by IC025 descending.</summary>
    /// <param name="termId">Term id in the store.</param>
    /// <param name="ingredientIds">Store ids of the class members; empty gives no rows.</param>
    /// <param name="query">Roles, minimum count and row limit.</param>
    public IReadOnlyList<TopEntry> TopMembersForEvent(int termId, IReadOnlyCollection<int> ingredientIds, TopQuery query)
    {
        ArgumentNullException.ThrowIfNull(ingredientIds);
        ArgumentNullException.ThrowIfNull(query);
        var members = ingredientIds.Select(id => _store.Ingredients[id]).ToHashSet(StringComparer.Ordinal);
        return [.. _queries.TopDrugsForEvent(termId, query with { Limit = int.MaxValue }).Where(r => members.Contains(r.Drug)).Take(Math.Max(1, query.Limit))];
    }

    /// <summary>
    /// Events most disproportionately reported with a class as a whole, by IC025 descending: the "drug" of the 2×2 table is
    /// "any member of the class" (a case reporting two members counts once).
    /// </summary>
    /// <param name="className">Label shown in <see cref="TopEntry.Drug"/>.</param>
    /// <param name="ingredientIds">Store ids of the class members; empty gives no rows.</param>
    /// <param name="query">Roles, minimum count and row limit.</param>
    public IReadOnlyList<TopEntry> TopEventsForClass(string className, IReadOnlyCollection<int> ingredientIds, TopQuery query)
    {
        ArgumentNullException.ThrowIfNull(className);
        ArgumentNullException.ThrowIfNull(ingredientIds);
        ArgumentNullException.ThrowIfNull(query);
        var (classCases, counts) = _store.EventCountsForDrugs(ingredientIds, query.Roles);
        var rows = new List<TopEntry>();
        for (var term = 0; term < counts.Length; term++)
        {
            if (counts[term] >= Math.Max(1, query.MinCount))
            {
                var result = Disproportionality.Compute(ContingencyTable.FromMargins(counts[term], classCases, _store.EventCaseCount(term), _store.CaseCount));
                rows.Add(new TopEntry(className, _store.Terms[term], counts[term], result.Expected, result.Prr, result.PrrLower, result.Ror, result.RorLower, result.Ic, result.Ic025, PairAnswer.SignalNames(result.Signals)));
            }
        }

        return [.. rows.OrderByDescending(static r => r.Ic025).ThenByDescending(static r => r.A).ThenBy(static r => r.Event, StringComparer.Ordinal).Take(Math.Max(1, query.Limit))];
    }
}
