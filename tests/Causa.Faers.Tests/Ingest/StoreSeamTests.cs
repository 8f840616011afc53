using System.Text.Json;
using System.Text.Json.Serialization;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Signals;
using Causa.Core.Statistics;
using Causa.Core.Storage.InMemory;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Ingest;

/// <summary>
/// The read seam: every query gives the same answer over the memory-mapped file store and over an
/// <see cref="InMemoryCaseStore"/> built from the same cases, which counts with plain sets instead of sorted-list
/// intersections. Answers are compared as their JSON, so every field and every digit must agree.
/// </summary>
public sealed class StoreSeamTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "causa-seam-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private CaseStore IngestSample(string sample)
    {
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", sample)]);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FileCaseSink(_root), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
        var opened = CaseStore.Open(_root);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        return opened.Store;
    }

    private static InMemoryCaseStore Copy(CaseStore store, params SignalScanResult[] scans) =>
        new(Enumerable.Range(0, store.CaseCount).Select(store.GetCase), store.Quarters, DeletedIds(store), store.Fingerprint, scans);

    private static long[] DeletedIds(CaseStore store) => [.. store.ToData().DeletedCaseIds];

    private static readonly JsonSerializerOptions JsonOptions = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    [Fact]
    public void Dictionaries_and_contents_agree_on_a_real_quarter()
    {
        using var file = IngestSample("nico8270_2025q4_sample1000");
        using var memory = Copy(file);

        Assert.True(file.CaseCount > 500);
        Assert.Equal(file.CaseCount, memory.CaseCount);
        Assert.Equal(file.Ingredients, memory.Ingredients);
        Assert.Equal(file.Terms, memory.Terms);
        Assert.Equal(file.DrugEntryCount, memory.DrugEntryCount);
        Assert.Equal(file.DeletedCaseIdCount, memory.DeletedCaseIdCount);
        Assert.Equal(file.LearnedNamePairs(), memory.LearnedNamePairs());
        Assert.Equal(Json(new SignalQueries(file).Summary() with { FileBytes = 0 }), Json(new SignalQueries(memory).Summary()));
        foreach (var name in new[] { file.Ingredients[0], file.Ingredients[^1].ToLowerInvariant(), " " + file.Terms[3] + " ", "NOT A NAME" })
        {
            Assert.Equal(file.FindIngredient(name), memory.FindIngredient(name));
            Assert.Equal(file.FindTerm(name), memory.FindTerm(name));
        }
    }

    [Fact]
    public void Pair_counts_top_lists_and_class_lists_agree_on_a_real_quarter()
    {
        using var file = IngestSample("nico8270_2025q4_sample1000");
        using var memory = Copy(file);
        var onFile = new SignalQueries(file);
        var inMemory = new SignalQueries(memory);
        foreach (var roles in new[] { RoleFilter.Suspect, RoleFilter.All })
        {
            var query = new TopQuery(roles, MinCount: 1, Limit: int.MaxValue);
            for (var d = 0; d < file.Ingredients.Count; d++)
            {
                Assert.Equal(file.DrugCaseCount(d, roles), memory.DrugCaseCount(d, roles));
                Assert.Equal(Json(onFile.TopEventsForDrug(d, query)), Json(inMemory.TopEventsForDrug(d, query)));
            }

            for (var t = 0; t < file.Terms.Count; t++)
            {
                Assert.Equal(file.EventCaseCount(t), memory.EventCaseCount(t));
                Assert.Equal(Json(onFile.TopDrugsForEvent(t, query)), Json(inMemory.TopDrugsForEvent(t, query)));
            }

            // Every pair a case reports, and as many pairs no case reports, through Ask (verdicts, caveats, indications).
            for (var d = 0; d < file.Ingredients.Count; d += 3)
            {
                for (var t = d % 7; t < file.Terms.Count; t += 29)
                {
                    Assert.Equal(Json(onFile.Ask(d, t, roles)), Json(inMemory.Ask(d, t, roles)));
                }
            }

            int[] members = [.. Enumerable.Range(0, file.Ingredients.Count).Where(static d => d % 5 == 1)];
            var classOnFile = new ClassQueries(file);
            var classInMemory = new ClassQueries(memory);
            Assert.Equal(Json(classOnFile.TopEventsForClass("every fifth", members, query)), Json(classInMemory.TopEventsForClass("every fifth", members, query)));
            for (var t = 0; t < file.Terms.Count; t += 13)
            {
                Assert.Equal(Json(classOnFile.TopMembersForEvent(t, members, query)), Json(classInMemory.TopMembersForEvent(t, members, query)));
            }
        }
    }

    [Theory]
    [InlineData("nico8270_2025q4_sample1000")]
    [InlineData("aers_ascii_2004q1_sample.zip")]
    public void Profiles_agree_on_a_real_quarter(string sample)
    {
        using var file = IngestSample(sample);
        using var memory = Copy(file);
        var onFile = new CaseProfiler(file);
        var inMemory = new CaseProfiler(memory);
        foreach (var roles in new[] { RoleFilter.Suspect, RoleFilter.All })
        {
            for (var d = 0; d < file.Ingredients.Count; d += 3)
            {
                Assert.Equal(Json(onFile.ForDrug([d], roles)), Json(inMemory.ForDrug([d], roles)));
                for (var t = d % 7; t < file.Terms.Count; t += 29)
                {
                    Assert.Equal(Json(onFile.ForPair([d], t, roles)), Json(inMemory.ForPair([d], t, roles)));
                }
            }

            int[] members = [.. Enumerable.Range(0, file.Ingredients.Count).Where(static d => d % 5 == 1)];
            for (var t = 0; t < file.Terms.Count; t += 13)
            {
                Assert.Equal(Json(onFile.ForPair(members, t, roles)), Json(inMemory.ForPair(members, t, roles)));
                Assert.Equal(Json(onFile.ForEvent(t)), Json(inMemory.ForEvent(t)));
            }
        }
    }

    [Fact]
    public void Indication_counts_and_case_lookup_agree_on_a_real_quarter()
    {
        using var file = IngestSample("nico8270_2025q4_sample1000");
        using var memory = Copy(file);
        var checkedIndications = 0;
        for (var c = 0; c < file.CaseCount; c++)
        {
            var record = file.GetCase(c);
            Assert.Equal(Json(record), Json(memory.FindCase(record.CaseId)));
            foreach (var indication in record.Indications)
            {
                var term = file.FindTerm(indication.Term)!.Value;
                foreach (var ingredient in record.Drugs.SelectMany(static d => d.Ingredients).Distinct())
                {
                    var id = file.FindIngredient(ingredient)!.Value;
                    Assert.Equal(file.IndicationCaseCount(id, term), memory.IndicationCaseCount(id, term));
                    checkedIndications++;
                }
            }
        }

        Assert.True(checkedIndications > 100);
        Assert.Null(memory.FindCase(-1));
        Assert.Equal(file.FindCase(-1), memory.FindCase(-1));
    }

    [Fact]
    public void A_signal_scan_and_its_saved_scores_agree_on_a_real_quarter()
    {
        using var file = IngestSample("nico8270_2025q4_sample1000");
        var options = new SignalScanOptions { Theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3) };
        var fileScan = SignalScanner.Scan(file, options);
        using var memory = Copy(file, fileScan);
        var memoryScan = SignalScanner.Scan(memory, options);

        Assert.Equal(fileScan.Ingredients, memoryScan.Ingredients);
        Assert.Equal(fileScan.Terms, memoryScan.Terms);
        Assert.Equal(fileScan.Counts, memoryScan.Counts);
        Assert.Equal(fileScan.Expected, memoryScan.Expected);
        Assert.Equal(fileScan.Scores, memoryScan.Scores);

        SavedSignals.Save(_root, fileScan);
        using var saved = file.OpenSavedScores(RoleFilter.Suspect, out var fileReason);
        using var held = memory.OpenSavedScores(RoleFilter.Suspect, out var memoryReason);
        Assert.NotNull(saved);
        Assert.NotNull(held);
        Assert.Null(memory.OpenSavedScores(RoleFilter.All, out _));
        for (var i = 0; i < fileScan.Count; i += 17)
        {
            var (d, t) = (fileScan.Ingredients[i], fileScan.Terms[i]);
            Assert.Equal(saved.Find(d, t), held.Find(d, t));
            Assert.Equal(Json(new SignalQueries(file).Ask(d, t, RoleFilter.Suspect, saved)), Json(new SignalQueries(memory).Ask(d, t, RoleFilter.Suspect, held)));
        }
    }

    [Fact]
    public void A_drugs_top_events_read_from_a_saved_scan_equal_those_counted_from_its_cases()
    {
        using var file = IngestSample("nico8270_2025q4_sample1000");
        var scan = SignalScanner.Scan(file, new SignalScanOptions { Theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3) });
        using var memory = Copy(file, scan);
        SavedSignals.Save(_root, scan);
        using var saved = file.OpenSavedScores(RoleFilter.Suspect, out _);
        using var held = memory.OpenSavedScores(RoleFilter.Suspect, out _);
        Assert.NotNull(saved);
        Assert.NotNull(held);
        Assert.True(saved.TryEventCounts(0, out _, out _));
        Assert.False(held.TryEventCounts(0, out _, out _));

        // The file's scan lists the pair counts; the held scores do not, so the store in memory counts the drug's cases.
        var compared = 0;
        for (var d = 0; d < file.Ingredients.Count; d++)
        {
            foreach (var (minCount, limit) in new[] { (1, int.MaxValue), (3, 10) })
            {
                var fromScan = new SignalQueries(file).TopEventsForDrug(d, new TopQuery(RoleFilter.Suspect, minCount, limit, saved));
                var counted = new SignalQueries(memory).TopEventsForDrug(d, new TopQuery(RoleFilter.Suspect, minCount, limit, held));
                Assert.Equal(Json(counted), Json(fromScan));
                compared += fromScan.Count;
            }

            // Without a scan the same events and counts, in the same order.
            var plain = new SignalQueries(file).TopEventsForDrug(d, new TopQuery(RoleFilter.Suspect, 1, int.MaxValue));
            var withScan = new SignalQueries(file).TopEventsForDrug(d, new TopQuery(RoleFilter.Suspect, 1, int.MaxValue, saved));
            Assert.Equal(plain.Select(static r => (r.Event, r.A, r.Ic025)), withScan.Select(static r => (r.Event, r.A, r.Ic025)));
        }

        Assert.True(compared > 1000, $"{compared} rows");
    }
}
