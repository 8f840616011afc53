using System.Buffers;
using Causa.Core.Model;
using Causa.Core.Statistics;
using Causa.Core.Storage;

namespace Causa.Core.Query;

/// <summary>
/// The trend of a pair (<see cref="TrendAnswer"/>) over the read interfaces of a store: the 2×2 table of each year of
/// first receipt (<c>init_fda_dt</c>; legacy AERS: <c>fda_dt</c> of an initial report) and of every year up to it, with
/// the same cases and role filter as the 2×2 table of <see cref="SignalQueries.Ask"/>.
/// </summary>
/// <remarks>Thread-safe. Cost: one pass over every case's facts (the yearly totals, unless a caller passes those it kept), in bulk; a few tens of milliseconds
/// for a store of millions of cases.</remarks>
public sealed class TrendQueries
{
    /// <summary>What a trend cannot say.</summary>
    public const string ReadingNote = "Counts follow reporting, which changes over time (publicity, label changes, litigation, new reporting rules): a rise or fall is not a rise or fall in how often the event happens.";

    private const int Chunk = 4096;
    private readonly ICaseStore _store;

    /// <summary>Creates the queries over an opened store.</summary>
    public TrendQueries(ICaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>The trend of a drug (or any member of a class) with an event.</summary>
    /// <param name="drug">The name shown for the drug or class.</param>
    /// <param name="ingredientIds">One ingredient, or a class's members (a case listing several counts once).</param>
    /// <param name="termId">The event's term id.</param>
    /// <param name="roles">Drug roles counted.</param>
    public TrendAnswer Trend(string drug, IReadOnlyCollection<int> ingredientIds, int termId, RoleFilter roles) =>
        Trend(drug, ingredientIds, termId, roles, YearTotals());

    /// <summary>
    /// Every case of the store by year of first receipt (0 = unknown): the one pass over all cases a trend needs, which
    /// depends on the store alone, so a caller may compute it once per store and pass it to
    /// <see cref="Trend(string, IReadOnlyCollection{int}, int, RoleFilter, IReadOnlyDictionary{int, int})"/>.
    /// </summary>
    public IReadOnlyDictionary<int, int> YearTotals() => YearCounts(null);

    /// <summary>The trend of a drug (or any member of a class) with an event, over <paramref name="yearTotals"/> from
    /// <see cref="YearTotals"/> of the same store.</summary>
    /// <param name="drug">The name shown for the drug or class.</param>
    /// <param name="ingredientIds">One ingredient, or a class's members (a case listing several counts once).</param>
    /// <param name="termId">The event's term id.</param>
    /// <param name="roles">Drug roles counted.</param>
    /// <param name="yearTotals">Every case of this store by year (<see cref="YearTotals"/>).</param>
    public TrendAnswer Trend(string drug, IReadOnlyCollection<int> ingredientIds, int termId, RoleFilter roles, IReadOnlyDictionary<int, int> yearTotals)
    {
        ArgumentNullException.ThrowIfNull(ingredientIds);
        ArgumentNullException.ThrowIfNull(yearTotals);
        var drugCases = new SortedSet<int>();
        foreach (var ingredient in ingredientIds.Distinct())
        {
            foreach (var c in _store.CasesWithIngredient(ingredient, roles))
            {
                drugCases.Add(c);
            }
        }

        int[] drugList = [.. drugCases];
        var eventList = _store.CasesWithTerm(termId).ToArray();
        var pairList = drugList.Where(c => Array.BinarySearch(eventList, c) >= 0).ToArray();

        var all = yearTotals;
        var drugYears = YearCounts(drugList);
        var eventYears = YearCounts(eventList);
        var pairYears = YearCounts(pairList);
        pairYears.TryGetValue(0, out var withoutYear);

        var years = new List<TrendYear>();
        var known = all.Keys.Where(static y => y > 0).ToList();
        var firstDrugYear = drugYears.Keys.Where(static y => y > 0).DefaultIfEmpty(0).Min();
        if (known.Count > 0 && firstDrugYear > 0)
        {
            int cumA = 0, cumDrug = 0, cumEvent = 0, cumN = 0;
            foreach (var y in known.Where(y => y < firstDrugYear))
            {
                cumA += pairYears.GetValueOrDefault(y);
                cumDrug += drugYears.GetValueOrDefault(y);
                cumEvent += eventYears.GetValueOrDefault(y);
                cumN += all[y];
            }

            for (var y = firstDrugYear; y <= known.Max(); y++)
            {
                int a = pairYears.GetValueOrDefault(y), d = drugYears.GetValueOrDefault(y), e = eventYears.GetValueOrDefault(y), n = all.GetValueOrDefault(y);
                cumA += a;
                cumDrug += d;
                cumEvent += e;
                cumN += n;
                years.Add(new TrendYear(y, Point(a, d, e, n), Point(cumA, cumDrug, cumEvent, cumN)));
            }
        }

        return new TrendAnswer(drug, _store.Terms[termId], roles == RoleFilter.All ? "all" : "suspect", years, withoutYear, ReadingNote);
    }

    private static TrendPoint Point(int a, int drugCases, int eventCases, int n)
    {
        if (n == 0)
        {
            return new TrendPoint(0, 0, 0, 0, null, null, null, null);
        }

        var table = ContingencyTable.FromMargins(a, drugCases, eventCases, n);
        var result = Disproportionality.Compute(table);
        return new TrendPoint(a, drugCases, eventCases, n, result.Prr, result.PrrLower, result.PrrUpper, result.Ic025);
    }

    /// <summary>Cases per year of first receipt (0 = unknown), over <paramref name="cases"/> or, when null, every case.</summary>
    private Dictionary<int, int> YearCounts(int[]? cases)
    {
        var counts = new Dictionary<int, int>();
        var count = cases?.Length ?? _store.CaseCount;
        var facts = ArrayPool<CaseFacts>.Shared.Rent(Chunk);
        var indexes = ArrayPool<int>.Shared.Rent(Chunk);
        try
        {
            for (var start = 0; start < count; start += Chunk)
            {
                var length = Math.Min(Chunk, count - start);
                ReadOnlySpan<int> slice;
                if (cases is null)
                {
                    for (var i = 0; i < length; i++)
                    {
                        indexes[i] = start + i;
                    }

                    slice = indexes.AsSpan(0, length);
                }
                else
                {
                    slice = cases.AsSpan(start, length);
                }

                _store.GetFacts(slice, facts);
                for (var i = 0; i < length; i++)
                {
                    var year = facts[i].InitialFdaDate.Year;
                    counts[year] = counts.GetValueOrDefault(year) + 1;
                }
            }
        }
        finally
        {
            ArrayPool<CaseFacts>.Shared.Return(facts, clearArray: true);
            ArrayPool<int>.Shared.Return(indexes);
        }

        return counts;
    }
}
