using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Tests.Storage;
using Causa.Core.Verdicts;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Query;

public sealed class SignalQueriesTests
{
    /// <summary>
    /// 20 cases: DRUGX suspect in 10 (8 with Rash), DRUGY suspect in the other 10 (1 with Rash);
    /// DRUGX also concomitant in 2 DRUGY cases, one of which is the DRUGY case with Rash.
    /// Hand-computed, suspect roles: a = 8, b = 2, c = 1, d = 9.
    /// </summary>
    private static BatchBuilder Twenty()
    {
        var b = new BatchBuilder(2021, 3);
        for (var i = 1; i <= 10; i++)
        {
            b.Report(i, 1, 20210701, ["DRUGX"], i <= 8 ? ["Rash"] : ["Nausea"]);
        }

        for (var i = 11; i <= 20; i++)
        {
            b.Report(i, 1, 20210702, ["DRUGY"], i == 11 ? ["Rash"] : ["Headache"], concomitants: i is 11 or 12 ? ["DRUGX"] : null);
        }

        return b;
    }

    [Fact]
    public void Ask_builds_the_two_by_two_table_over_unique_cases()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Twenty().Build());
        using var store = Open(dir.Path);
        var queries = new SignalQueries(store);

        var answer = queries.Ask(store.FindIngredient("DRUGX")!.Value, store.FindTerm("rash")!.Value);

        Assert.Equal((8, 2, 1, 9), (answer.A, answer.B, answer.C, answer.D));
        Assert.Equal(10.0 * 9 / 20, answer.Expected, 12);
        Assert.Equal(0.8 / 0.1, answer.Prr!.Value, 10);   // [8/10]/[1/10]
        Assert.Equal(8.0 * 9 / (2 * 1), answer.Ror!.Value, 10);
        Assert.Equal("suspect", answer.Roles);
    }

    [Fact]
    public void Counting_all_roles_adds_concomitant_cases()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Twenty().Build());
        using var store = Open(dir.Path);

        var answer = new SignalQueries(store).Ask(store.FindIngredient("DRUGX")!.Value, store.FindTerm("Rash")!.Value, RoleFilter.All);

        Assert.Equal((9, 3, 0, 8), (answer.A, answer.B, answer.C, answer.D));
        Assert.Null(answer.Prr); // c = 0: PRR undefined, never infinity
        Assert.Contains(answer.Caveats, c => c.Contains("Concomitant", StringComparison.Ordinal));
    }

    [Fact]
    public void Small_store_excess_is_only_a_weak_signal_because_the_ic_shrinks_it()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Twenty().Build());
        using var store = Open(dir.Path);

        // a = 8, E = 4.5: IC = log2(8.5/5) = 0.766, IC025 = 0.766 − 3.3/√8.5 − 2/8.5^1.5 = −0.447 (not > 0), Evans met; ROR 36, SE √(1/8+1/2+1/1+1/9) = 1.318, lower limit 2.72 > 1.
        var answer = new SignalQueries(store).Ask(store.FindIngredient("DRUGX")!.Value, store.FindTerm("Rash")!.Value);

        Assert.Equal(VerdictLevel.WeakSignal, answer.Level);
        Assert.Equal(["evans", "ror025"], answer.Signals);
    }

    [Fact]
    public void Strong_excess_is_called_disproportionate_and_caveated()
    {
        using var dir = new TempFolder();
        var b = new BatchBuilder(2021, 3);
        for (var i = 1; i <= 200; i++)
        {
            var drug = i <= 100 ? "DRUGX" : "DRUGY";
            var rash = i <= 80 || (i > 100 && i <= 110);
            b.Report(i, 1, 20210701, [drug], rash ? ["Rash"] : ["Nausea"]);
        }

        IngestBatches(dir.Path, b.Build());
        using var store = Open(dir.Path);

        // a = 80, E = 100·90/200 = 45: IC = log2(80.5/45.5) = 0.823, IC025 = 0.823 − 3.3/√80.5 − 2/80.5^1.5 = 0.4525 > 0.
        var answer = new SignalQueries(store).Ask(store.FindIngredient("DRUGX")!.Value, store.FindTerm("Rash")!.Value);

        Assert.Equal(0.452550, answer.Ic025, 5);
        Assert.Equal(VerdictLevel.Disproportionate, answer.Level);
        Assert.Contains("evans", answer.Signals);
        Assert.Contains("ic025", answer.Signals);
        Assert.StartsWith("Spontaneous reports cannot show", answer.Caveats[0], StringComparison.Ordinal);
        Assert.Contains(answer.Caveats, c => c.Contains("only 200 cases", StringComparison.Ordinal));
    }

    [Fact]
    public void No_reports_and_few_reports_say_so()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Twenty().Build());
        using var store = Open(dir.Path);
        var queries = new SignalQueries(store);

        Assert.Equal(VerdictLevel.NoReports, queries.Ask(store.FindIngredient("DRUGY")!.Value, store.FindTerm("Nausea")!.Value).Level);
        Assert.Equal(VerdictLevel.TooFewReports, queries.Ask(store.FindIngredient("DRUGY")!.Value, store.FindTerm("Rash")!.Value).Level);
    }

    [Fact]
    public void Event_named_as_indication_is_flagged_as_indication_bias()
    {
        using var dir = new TempFolder();
        var b = Twenty();
        for (var i = 1; i <= 4; i++)
        {
            b.Indication(i, 1, 1, "Rash");
        }

        IngestBatches(dir.Path, b.Build());
        using var store = Open(dir.Path);

        var answer = new SignalQueries(store).Ask(store.FindIngredient("DRUGX")!.Value, store.FindTerm("Rash")!.Value);

        Assert.Equal(4, answer.IndicationCases);
        Assert.Contains(answer.Caveats, c => c.StartsWith("Indication bias", StringComparison.Ordinal));
        Assert.Contains("reason people take", answer.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_lists_rank_by_lower_ic_limit_and_respect_min_count()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Twenty().Build());
        using var store = Open(dir.Path);
        var queries = new SignalQueries(store);

        var events = queries.TopEventsForDrug(store.FindIngredient("DRUGX")!.Value, new TopQuery(MinCount: 1));
        Assert.Equal(["Rash", "Nausea"], events.Select(e => e.Event));
        Assert.True(events[0].Ic025 >= events[1].Ic025);

        var drugs = queries.TopDrugsForEvent(store.FindTerm("Rash")!.Value, new TopQuery(MinCount: 2));
        Assert.Equal("DRUGX", Assert.Single(drugs).Drug);
    }

    [Fact]
    public void Sorted_intersection_matches_a_set_intersection()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var a = Enumerable.Range(0, random.Next(0, 50)).Select(_ => random.Next(0, 2000)).Distinct().Order().ToArray();
            var b = Enumerable.Range(0, random.Next(0, 1500)).Select(_ => random.Next(0, 2000)).Distinct().Order().ToArray();
            Assert.Equal(a.Intersect(b).Count(), SortedIntersectionProbe.Count(a, b));
        }
    }
}
