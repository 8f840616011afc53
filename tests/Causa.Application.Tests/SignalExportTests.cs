using Causa.Application.Ingest;
using Causa.Application.Signals;
using Causa.Core.Model;
using Causa.Core.Signals;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>
/// The export reads the saved scan: every pair of the store once, with the N the store itself counts, and the strongest
/// rows are those a stable sort of every pair by EB05 then N (both descending) puts first.
/// </summary>
public sealed class SignalExportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Pairs_are_every_pair_of_the_store_with_its_own_count()
    {
        IngestSample();
        using var workspace = new CausaWorkspace(_folder.Path);
        var service = new SignalService(workspace);
        using var scan = service.OpenOrScan(new SignalScanRequest(RoleFilter.Suspect, StratumFields.Sex)).Value!;
        using var store = CaseStore.Open(_folder.Path).Store!;

        var pairs = service.Pairs(scan, new SignalFilter(1, null, null, null), null, null).ToList();

        // Reference: the distinct (drug, event) of every case, walked from the store.
        var expected = new SortedSet<(int Drug, int Term)>();
        for (var d = 0; d < store.Ingredients.Count; d++)
        {
            foreach (var c in store.CasesWithIngredient(d, RoleFilter.Suspect))
            {
                foreach (var t in store.EventsOfCase(c))
                {
                    expected.Add((d, t));
                }
            }
        }

        Assert.Equal(expected.ToList(), pairs.Select(static p => (p.Drug, p.Term)).ToList());
        Assert.All(pairs, p => Assert.Equal(store.PairCaseCount(p.Drug, p.Term, RoleFilter.Suspect), p.N));
    }

    [Theory]
    [InlineData(1, null, 1)]
    [InlineData(1, null, 30)]
    [InlineData(2, null, 30)]
    [InlineData(1, 1.0, 100000)]
    public void Strongest_are_the_first_of_a_stable_sort_by_eb05_then_n(int minCount, double? eb05, int limit)
    {
        IngestSample();
        using var workspace = new CausaWorkspace(_folder.Path);
        var service = new SignalService(workspace);
        using var scan = service.OpenOrScan(new SignalScanRequest(RoleFilter.Suspect, StratumFields.Sex)).Value!;
        var filter = new SignalFilter(minCount, eb05, null, null);
        var all = service.Pairs(scan, filter, null, null).ToList();

        var (matching, strongest) = service.Strongest(scan, filter, null, null, limit);

        Assert.Equal(all.Count, matching);
        Assert.Equal(all.OrderByDescending(static p => p.Score.Eb05).ThenByDescending(static p => p.N).Take(limit).ToList(), strongest);

        // One drug, and one event across drugs.
        var drug = all[0].Drug;
        var term = all[^1].Term;
        Assert.Equal(all.Where(p => p.Drug == drug).OrderByDescending(static p => p.Score.Eb05).ThenByDescending(static p => p.N).Take(limit).ToList(),
            service.Strongest(scan, filter, drug, null, limit).Strongest);
        Assert.Equal(all.Where(p => p.Term == term).ToList(), service.Pairs(scan, filter, null, term).ToList());
    }

    private void IngestSample()
    {
        var sources = IngestService.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        Assert.True(sources.Succeeded, sources.Error?.Message);
        var ingested = new IngestService().Ingest(new IngestRequest(_folder.Path, sources.Value));
        Assert.True(ingested.Succeeded, ingested.Error?.Message);
    }
}
