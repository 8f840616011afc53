using Causa.Core.Model;
using Causa.Core.Statistics;
using Causa.Core.Storage;
using Causa.Core.Verdicts;

namespace Causa.Core.Query;

/// <summary>
/// Disproportionality queries over a case store (<see cref="ICaseStore"/>): one pair (<see cref="Ask"/>), the strongest events for
/// a drug and the strongest drugs for an event. All counts are unique cases; the background is every case in the store.
/// </summary>
/// <remarks>Thread-safe. <see cref="Ask"/> costs one pair count (<see cref="IPairCounts.PairCaseCount"/>): for the file
/// store one sorted-list intersection, microseconds for sample stores, about a millisecond for a drug with a million cases.</remarks>
public sealed class SignalQueries
{
    private readonly ICaseStore _store;

    /// <summary>Creates the queries over an opened store.</summary>
    public SignalQueries(ICaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>The evidence from reports on one ingredient–term pair.</summary>
    /// <param name="ingredientId">Ingredient id in the store.</param>
    /// <param name="termId">Term id in the store.</param>
    /// <param name="roles">Drug roles counted.</param>
    /// <param name="signals">A current saved MGPS scan for these roles, to add EBGM/EB05/EB95; null to leave them out.</param>
    /// <param name="mgpsNote">Why <paramref name="signals"/> is null, shown to the user with its remedy.</param>
    public PairAnswer Ask(int ingredientId, int termId, RoleFilter roles = RoleFilter.Suspect, ISavedScores? signals = null, SavedScoresNote? mgpsNote = null)
    {
        var a = _store.PairCaseCount(ingredientId, termId, roles);
        var table = ContingencyTable.FromMargins(a, _store.DrugCaseCount(ingredientId, roles), _store.EventCaseCount(termId), _store.CaseCount);
        var result = Disproportionality.Compute(table);
        var drug = _store.Ingredients[ingredientId];
        var term = _store.Terms[termId];
        var indicationCases = _store.IndicationCaseCount(ingredientId, termId);
        var mgps = signals?.Find(ingredientId, termId);
        if (mgps is { } m && !double.IsNaN(m.Score.Eb05) && m.Score.Eb05 >= 2)
        {
            result = result with { Signals = result.Signals | SignalFlags.Eb05AtLeastTwo };
        }

        var level = VerdictRules.Classify(result);
        var likelyIndication = VerdictRules.IsLikelyIndication(indicationCases, a);
        return new PairAnswer(
            drug,
            term,
            table.A,
            table.B,
            table.C,
            table.D,
            table.Expected,
            result.Prr,
            result.PrrLower,
            result.PrrUpper,
            result.Ror,
            result.RorLower,
            result.RorUpper,
            result.ChiSquareYates,
            result.Ic,
            result.Ic025,
            result.Ic975,
            PairAnswer.SignalNames(result.Signals),
            VerdictRules.Sentence(drug, term, result, level, likelyIndication),
            table.N,
            roles == RoleFilter.All ? "all" : "suspect",
            level,
            indicationCases,
            VerdictRules.Caveats(drug, term, result, indicationCases, roles == RoleFilter.All))
        {
            Ebgm = mgps is { } e1 && !double.IsNaN(e1.Score.Ebgm) ? e1.Score.Ebgm : null,
            Eb05 = mgps is { } e2 && !double.IsNaN(e2.Score.Eb05) ? e2.Score.Eb05 : null,
            Eb95 = mgps is { } e3 && !double.IsNaN(e3.Score.Eb95) ? e3.Score.Eb95 : null,
            MgpsNote = signals is null ? mgpsNote?.Message : signals.Damage is { } damage ? damage.Message : mgps is null ? "no case reports this pair, so the MGPS scan has no EBGM for it" : null,
            MgpsRemedy = signals is null ? mgpsNote?.Remedy ?? Remedy.None : signals.Damage?.Remedy ?? Remedy.None,
        };
    }

    /// <summary>Events most disproportionately reported with an ingredient, by IC025 descending.</summary>
    /// <remarks>With a saved scan for the query's roles (<see cref="TopQuery.Signals"/>), the pair counts are the scan's
    /// (<see cref="ISavedScores.TryEventCounts"/>: counted the same way from the same store); otherwise counted from the
    /// drug's cases.</remarks>
    public IReadOnlyList<TopEntry> TopEventsForDrug(int ingredientId, TopQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = new List<TopEntry>();
        if (query.Signals is { } saved && saved.Roles == query.Roles && saved.TryEventCounts(ingredientId, out var terms, out var pairCounts))
        {
            var cases = _store.DrugCaseCount(ingredientId, query.Roles);
            for (var k = 0; k < terms.Length; k++)
            {
                if (pairCounts[k] >= Math.Max(1, query.MinCount))
                {
                    rows.Add(Entry(ingredientId, terms[k], pairCounts[k], cases, _store.EventCaseCount(terms[k]), saved));
                }
            }

            return Rank(rows, query.Limit);
        }

        var (drugCases, counts) = _store.EventCountsForDrugs([ingredientId], query.Roles);
        for (var term = 0; term < counts.Length; term++)
        {
            if (counts[term] >= Math.Max(1, query.MinCount))
            {
                rows.Add(Entry(ingredientId, term, counts[term], drugCases, _store.EventCaseCount(term), query.Signals));
            }
        }

        return Rank(rows, query.Limit);
    }

    /// <summary>Ingredients most disproportionately reported with an event, by IC025 descending.</summary>
    public IReadOnlyList<TopEntry> TopDrugsForEvent(int termId, TopQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var eventCases = _store.EventCaseCount(termId);
        var counts = _store.DrugCountsForEvent(termId, query.Roles);
        var rows = new List<TopEntry>();
        for (var ingredient = 0; ingredient < counts.Length; ingredient++)
        {
            if (counts[ingredient] >= Math.Max(1, query.MinCount))
            {
                rows.Add(Entry(ingredient, termId, counts[ingredient], _store.DrugCaseCount(ingredient, query.Roles), eventCases, query.Signals));
            }
        }

        return Rank(rows, query.Limit);
    }

    /// <summary>Counts of what the store holds.</summary>
    public StoreSummary Summary()
    {
        long reports = 0;
        foreach (var q in _store.Quarters)
        {
            reports += q.Reports;
        }

        return new StoreSummary(
            _store.CaseCount,
            reports,
            [.. _store.Quarters.Select(static q => q.Quarter.ToString())],
            _store.Ingredients.Count,
            _store.Terms.Count,
            _store.DrugEntryCount,
            _store.DeletedCaseIdCount,
            _store.SizeBytes,
            [.. _store.Quarters.Select(static q => new QuarterSummary(q.Quarter.ToString(), q.Source, q.Reports, q.DrugRows, q.ReactionRows, q.RowsRejected, q.DeletedCaseIds))]);
    }

    private TopEntry Entry(int ingredient, int term, long a, long drugTotal, long eventTotal, ISavedScores? signals)
    {
        var result = Disproportionality.Compute(ContingencyTable.FromMargins(a, drugTotal, eventTotal, _store.CaseCount));
        var mgps = signals?.Find(ingredient, term);
        var flags = result.Signals | (mgps is { } m && m.Score.Eb05 >= 2 ? SignalFlags.Eb05AtLeastTwo : SignalFlags.None);
        return new TopEntry(_store.Ingredients[ingredient], _store.Terms[term], a, result.Expected, result.Prr, result.PrrLower, result.Ror, result.RorLower, result.Ic, result.Ic025, PairAnswer.SignalNames(flags))
        {
            Ebgm = mgps is { } e1 && double.IsFinite(e1.Score.Ebgm) ? e1.Score.Ebgm : null,
            Eb05 = mgps is { } e2 && double.IsFinite(e2.Score.Eb05) ? e2.Score.Eb05 : null,
        };
    }

    /// <summary>The first <paramref name="limit"/> rows by IC025 descending, then A descending, then event and drug name
    /// (ordinal). Each row is a distinct pair, so the order is total and an unstable sort gives it exactly.</summary>
    /// <remarks>A sort with a comparison rather than LINQ's keyed ordering: LINQ ordered by double and long keys is compiled
    /// at run time in every process, which cost a related-questions list more than the ranking itself.</remarks>
    private static List<TopEntry> Rank(List<TopEntry> rows, int limit)
    {
        rows.Sort(static (x, y) =>
        {
            var cmp = y.Ic025.CompareTo(x.Ic025);
            cmp = cmp != 0 ? cmp : y.A.CompareTo(x.A);
            cmp = cmp != 0 ? cmp : string.CompareOrdinal(x.Event, y.Event);
            return cmp != 0 ? cmp : string.CompareOrdinal(x.Drug, y.Drug);
        });
        var keep = Math.Max(1, limit);
        if (rows.Count > keep)
        {
            rows.RemoveRange(keep, rows.Count - keep);
        }

        return rows;
    }
}
