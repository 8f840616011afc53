using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Profiles;

/// <summary>
/// The trend of vedolizumab with ulcerative colitis on the FAERS 2025Q4 sample, against counts by year of
/// <c>init_fda_dt</c> made from the text (kept versions by fda_dt then primaryid, DELETE list applied, PS/SS rows whose
/// prod_ai or drugname starts with VEDOLIZUMAB, PT 'Colitis ulcerative'), with the helpers of profile_reference.py:
/// <code>
/// n     2015:2 2016:1 2017:3 2018:2 2019:4 2020:7 2021:8 2022:8 2023:23 2024:39 2025:903
/// drug  2020:1 2021:1 2022:5 2023:2 2024:6 2025:19
/// event 2021:1 2022:4 2023:2 2024:3 2025:9
/// pair  2021:1 2022:4 2023:1 2024:3 2025:8
/// </code>
/// PRR is recomputed here from those counts as (a/(a+b)) / (c/(c+d)), at 1e-9.
/// </summary>
public sealed class TrendTests : IDisposable
{
    private static readonly Dictionary<int, int> N = new() { [2015] = 2, [2016] = 1, [2017] = 3, [2018] = 2, [2019] = 4, [2020] = 7, [2021] = 8, [2022] = 8, [2023] = 23, [2024] = 39, [2025] = 903 };
    private static readonly Dictionary<int, int> Drug = new() { [2020] = 1, [2021] = 1, [2022] = 5, [2023] = 2, [2024] = 6, [2025] = 19 };
    private static readonly Dictionary<int, int> Event = new() { [2021] = 1, [2022] = 4, [2023] = 2, [2024] = 3, [2025] = 9 };
    private static readonly Dictionary<int, int> Pair = new() { [2021] = 1, [2022] = 4, [2023] = 1, [2024] = 3, [2025] = 8 };

    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Yearly_and_cumulative_tables_match_counts_made_from_the_text()
    {
        var folder = Path.Combine(_root.Path, "store");
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        Assert.Null(error);
        Assert.True(new FaersIngestor().Ingest(new FirstWordSink(folder), sources).Succeeded);
        using var store = CaseStore.Open(folder).Store!;

        var trend = new TrendQueries(store).Trend("VEDOLIZUMAB", [store.FindIngredient("VEDOLIZUMAB")!.Value], store.FindTerm("Colitis ulcerative")!.Value, RoleFilter.Suspect);

        Assert.Equal(Enumerable.Range(2020, 6), trend.Years.Select(static y => y.Year));
        Assert.Equal(0, trend.CasesWithoutYear);
        int cumA = 0, cumDrug = 0, cumEvent = 0;
        var cumN = N.Where(static p => p.Key < 2020).Sum(static p => p.Value);
        foreach (var year in trend.Years)
        {
            int a = Pair.GetValueOrDefault(year.Year), d = Drug.GetValueOrDefault(year.Year), e = Event.GetValueOrDefault(year.Year), n = N[year.Year];
            (cumA, cumDrug, cumEvent, cumN) = (cumA + a, cumDrug + d, cumEvent + e, cumN + n);
            AssertPoint(year.InYear, a, d, e, n);
            AssertPoint(year.Cumulative, cumA, cumDrug, cumEvent, cumN);
        }

        // To date, the last year's table is the whole store's 2×2 table.
        var last = trend.Years[^1].Cumulative;
        Assert.Equal(store.CaseCount, last.N);
        Assert.Equal(store.PairCaseCount(store.FindIngredient("VEDOLIZUMAB")!.Value, store.FindTerm("Colitis ulcerative")!.Value, RoleFilter.Suspect), last.Cases);
    }

    private static void AssertPoint(TrendPoint point, int a, int drug, int @event, int n)
    {
        Assert.Equal((a, drug, @event, n), (point.Cases, point.DrugCases, point.EventCases, point.N));
        int b = drug - a, c = @event - a, d = n - drug - @event + a;
        if (a > 0 && b >= 0 && c > 0 && d > 0)
        {
            var prr = (a / (double)(a + b)) / (c / (double)(c + d));
            Assert.Equal(prr, point.Prr!.Value, 1e-9);
        }
    }
}
