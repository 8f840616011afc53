using System.Globalization;
using Causa.Core;
using Causa.Core.Files;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Signals;
using Causa.Core.Statistics;
using Causa.Core.Storage;
using Causa.Core.Tests.Storage;
using Causa.Storage.Files;
using Causa.Tests.Shared;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Signals;

public sealed class SignalScannerTests
{
    /// <summary>
    /// openEBGM's 17-report processRaw example as a store: var1 = drug, var2 = event, strat1 = sex (F/M),
    /// strat2 = age band (1 → 30 years, 2 → 70 years), one report per id.
    /// </summary>
    private static void IngestToy(string directory)
    {
        var builder = new BatchBuilder(2020, 1);
        foreach (var line in File.ReadLines(TestData.PathOf("reference_stats", "expected", "processraw_toy_raw.csv")).Skip(1))
        {
            var f = line.Split(',');
            var id = long.Parse(f[0], CultureInfo.InvariantCulture);
            builder.Report(id, 1, 20200115, ["DRUG" + f[1]], ["EVENT" + f[2]], sex: f[3] == "F" ? Sex.Female : Sex.Male, age: f[4] == "1" ? 30 : 70);
        }

        IngestBatches(directory, builder.Build());
    }

    private static Dictionary<(string Drug, string Event), (int N, double Unstratified, double Stratified)> ToyExpected() =>
        File.ReadLines(TestData.PathOf("reference_stats", "expected", "processraw_toy_expected.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => ("DRUG" + f[0], "EVENT" + f[1]), f => (int.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(StratumFields.None)]
    [InlineData(StratumFields.Sex | StratumFields.AgeGroup)]
    public void Expected_counts_match_openEBGM_processRaw(StratumFields strata)
    {
        using var dir = new TempFolder();
        IngestToy(dir.Path);
        using var store = Open(dir.Path);

        var scan = SignalScanner.Scan(store, new SignalScanOptions { Strata = strata, Theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3) });

        var expected = ToyExpected();
        Assert.Equal(expected.Count, scan.Count);
        for (var i = 0; i < scan.Count; i++)
        {
            var key = (store.Ingredients[scan.Ingredients[i]], store.Terms[scan.Terms[i]]);
            var (n, unstratified, stratified) = expected[key];
            Assert.Equal(n, scan.Counts[i]);
            Assert.Equal(strata == StratumFields.None ? unstratified : stratified, scan.Expected[i], 1e-7);
        }
    }

    [Fact]
    public void Default_strata_include_report_year()
    {
        using var dir = new TempFolder();
        var early = new BatchBuilder(2019, 1).Report(1, 1, 20190110, ["A"], ["X"]).Report(2, 1, 20190111, ["B"], ["X"]).Build();
        var late = new BatchBuilder(2021, 1).Report(3, 1, 20210110, ["A"], ["Y"]).Report(4, 1, 20210111, ["A"], ["X"]).Build();
        IngestBatches(dir.Path, early, late);
        using var store = Open(dir.Path);

        var scan = SignalScanner.Scan(store, new SignalScanOptions { Theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3) });

        // Hand count, all cases female aged 50 (one sex-age stratum), years 2019 and 2021:
        // A–X: 2019: n(A)=1, n(X)=2, n=2 → 1; 2021: n(A)=2, n(X)=1, n=2 → 1. E = 2.
        var ax = Enumerable.Range(0, scan.Count).Single(i => store.Ingredients[scan.Ingredients[i]] == "A" && store.Terms[scan.Terms[i]] == "X");
        Assert.Equal(2, scan.Counts[ax]);
        Assert.Equal(2.0, scan.Expected[ax], 12);
        Assert.Equal(2, scan.StrataUsed);
    }

    [Fact]
    public void Saved_scan_serves_ask_until_the_next_ingest_makes_it_stale()
    {
        using var dir = new TempFolder();
        IngestToy(dir.Path);
        using (var store = Open(dir.Path))
        {
            var theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3);
            var scan = SignalScanner.Scan(store, new SignalScanOptions { Strata = StratumFields.None, Theta = theta });
            SavedSignals.Save(store.Directory, scan);

            using var saved = SavedSignals.OpenCurrent(store, RoleFilter.Suspect, out var reason);
            Assert.NotNull(saved);
            Assert.Null(reason);
            var drug = store.FindIngredient("DRUGA")!.Value;
            var term = store.FindTerm("EVENT1")!.Value;
            var answer = new SignalQueries(store).Ask(drug, term, RoleFilter.Suspect, saved);
            var direct = MgpsModel.Score(theta, [5], [4.7647059])[0];
            Assert.Equal(direct.Ebgm, answer.Ebgm!.Value, 6);
            Assert.Equal(direct.Eb05, answer.Eb05!.Value, 6);
            Assert.Equal(direct.Eb95, answer.Eb95!.Value, 6);
            Assert.Null(answer.MgpsNote);

            Assert.Null(SavedSignals.OpenCurrent(store, RoleFilter.All, out var otherRoles));
            Assert.Equal(new SavedScoresNote("the saved MGPS scan counts suspect roles", Remedy.ComputeSignalScanAllRoles), otherRoles);
        }

        IngestBatches(dir.Path, new BatchBuilder(2020, 2).Report(99, 1, 20200401, ["DRUGA"], ["EVENT9"]).Build());
        using (var store = Open(dir.Path))
        {
            Assert.Null(SavedSignals.OpenCurrent(store, RoleFilter.Suspect, out var reason));
            Assert.Equal(new SavedScoresNote("the saved MGPS scan predates the last ingest", Remedy.RecomputeSignalScan), reason);
            var answer = new SignalQueries(store).Ask(store.FindIngredient("DRUGA")!.Value, store.FindTerm("EVENT1")!.Value, RoleFilter.Suspect, null, reason);
            Assert.Null(answer.Ebgm);
            Assert.Equal(reason!.Message, answer.MgpsNote);
            Assert.Equal(Remedy.RecomputeSignalScan, answer.MgpsRemedy);
        }
    }

    // A store of DRUGA and DRUGB each reported once with every one of `events` events, and its scan saved (a fixed prior).
    private static CaseStore StoreWithScanOfTwoDrugs(string directory, int events)
    {
        var builder = new BatchBuilder(2020, 1);
        long caseId = 1;
        for (var e = 0; e < events; e++)
        {
            builder.Report(caseId++, 1, 20200115, ["DRUGA"], [$"EVENT{e:D3}"]);
            builder.Report(caseId++, 1, 20200115, ["DRUGB"], [$"EVENT{e:D3}"]);
        }

        IngestBatches(directory, builder.Build());
        var store = Open(directory);
        SavedSignals.Save(store.Directory, SignalScanner.Scan(store, new SignalScanOptions { Theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3) }));
        return store;
    }

    // Flips the last byte of one section of a scan file (section ids as SavedSignals writes them).
    private static void DamageLastByteOfSection(string path, uint section)
    {
        long offset, length;
        using (var file = MappedSectionFile.Open(path, "CAUSASIG"u8, 1, "signal scan"))
        {
            (offset, length) = file.Range(section);
        }

        var bytes = File.ReadAllBytes(path);
        bytes[offset + length - 1] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void A_saved_scan_is_verified_as_it_is_read_and_a_damaged_block_costs_only_its_scores()
    {
        // Given two drugs with 200 pairs each, so that each score column spans several 1 KiB blocks
        using var dir = new TempFolder();
        using var store = StoreWithScanOfTwoDrugs(dir.Path, 200);

        // and a damaged last block of the EBGM column (section 5 of the scan file), which holds only the last drug's last pairs
        var path = Path.Combine(dir.Path, SavedSignals.FileName);
        Assert.Equal(SectionFileLayout.FineBlockChecksumsMinorVersion, File.ReadAllBytes(path)[10]);
        DamageLastByteOfSection(path, 5);

        // When the scan is opened, no column is read: it opens
        using var saved = SavedSignals.OpenCurrent(store, RoleFilter.Suspect, out var reason);
        Assert.NotNull(saved);
        Assert.Null(reason);
        var drugA = store.FindIngredient("DRUGA")!.Value;
        var drugB = store.FindIngredient("DRUGB")!.Value;
        var (first, last) = saved.RangeOf(drugA).End == saved.Count ? (drugB, drugA) : (drugA, drugB);

        // Then a pair in sound blocks has its scores, and the damage is not seen
        Assert.NotNull(saved.Find(first, store.FindTerm("EVENT000")!.Value));
        Assert.Null(saved.Damage);

        // and a pair in the damaged block has none: the answer keeps its counts and says why EBGM is missing
        var damagedTerm = store.FindTerm("EVENT199")!.Value;
        Assert.Null(saved.Find(last, damagedTerm));
        Assert.Contains("is unreadable", saved.Damage!.Message, StringComparison.Ordinal);
        Assert.Contains("damaged at bytes", saved.Damage.Message, StringComparison.Ordinal);
        Assert.Equal(Remedy.RecomputeSignalScan, saved.Damage.Remedy);
        var answer = new SignalQueries(store).Ask(last, damagedTerm, RoleFilter.Suspect, saved);
        Assert.Equal(1, answer.A);
        Assert.Null(answer.Ebgm);
        Assert.Equal(saved.Damage.Message, answer.MgpsNote);
        Assert.Equal(Remedy.RecomputeSignalScan, answer.MgpsRemedy);

        // and verifying the whole file (causa verify) finds the damage
        Assert.False(SavedSignals.TryVerify(dir.Path, out _, out _, out var problem));
        Assert.Contains("checksum", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_block_of_the_saved_counts_leaves_a_drug_s_top_events_to_the_store_with_a_note()
    {
        // Given two drugs with 300 pairs each, so that the N column spans more than one 1 KiB block
        using var dir = new TempFolder();
        using var store = StoreWithScanOfTwoDrugs(dir.Path, 300);
        var drugA = store.FindIngredient("DRUGA")!.Value;
        var drugB = store.FindIngredient("DRUGB")!.Value;
        int last, other;
        IReadOnlyList<TopEntry> expected;
        using (var sound = SavedSignals.OpenCurrent(store, RoleFilter.Suspect, out _))
        {
            Assert.NotNull(sound);
            (last, other) = sound.RangeOf(drugA).End == sound.Count ? (drugA, drugB) : (drugB, drugA);
            expected = new SignalQueries(store).TopEventsForDrug(last, new TopQuery(RoleFilter.Suspect, 1, 1000, sound));
        }

        // and a damaged last block of the N column (section 3 of the scan file), which holds only the last drug's pairs
        DamageLastByteOfSection(Path.Combine(dir.Path, SavedSignals.FileName), 3);
        using var saved = SavedSignals.OpenCurrent(store, RoleFilter.Suspect, out _);
        Assert.NotNull(saved);

        // When the last drug's events are listed, the damaged counts are not read: the scan says it cannot list them
        Assert.True(saved.TryEventCounts(other, out _, out _));
        Assert.False(saved.TryEventCounts(last, out _, out _));
        Assert.Contains("is unreadable", saved.Damage!.Message, StringComparison.Ordinal);

        // Then the top events come from the store's own counts, the same events and counts as with a sound scan
        var rows = new SignalQueries(store).TopEventsForDrug(last, new TopQuery(RoleFilter.Suspect, 1, 1000, saved));
        Assert.Equal(300, rows.Count);
        Assert.Equal(expected.Select(static r => (r.Event, r.A)), rows.Select(static r => (r.Event, r.A)));
        Assert.All(rows, static r => Assert.Null(r.Ebgm));
    }

    [Fact]
    public void Damaged_saved_scan_is_reported_not_used()
    {
        using var dir = new TempFolder();
        IngestToy(dir.Path);
        using var store = Open(dir.Path);
        SavedSignals.Save(store.Directory, SignalScanner.Scan(store, new SignalScanOptions { Theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3) }));
        var path = Path.Combine(dir.Path, SavedSignals.FileName);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 7)]);

        Assert.Null(SavedSignals.OpenCurrent(store, RoleFilter.Suspect, out var reason));
        Assert.Contains("unreadable", reason!.Message, StringComparison.Ordinal);
        Assert.Equal(Remedy.RecomputeSignalScan, reason.Remedy);
    }

    [Fact]
    public void Top_lists_carry_ebgm_from_a_current_scan()
    {
        using var dir = new TempFolder();
        IngestToy(dir.Path);
        using var store = Open(dir.Path);
        var theta = new MgpsHyperparameters(0.2, 0.1, 2, 4, 1.0 / 3);
        SavedSignals.Save(store.Directory, SignalScanner.Scan(store, new SignalScanOptions { Strata = StratumFields.None, Theta = theta }));
        using var saved = SavedSignals.OpenCurrent(store, RoleFilter.Suspect, out _);

        var rows = new SignalQueries(store).TopEventsForDrug(store.FindIngredient("DRUGA")!.Value, new TopQuery(MinCount: 1, Signals: saved));

        var event1 = rows.Single(r => r.Event == "EVENT1");
        Assert.Equal(MgpsModel.Score(theta, [5], [4.7647059])[0].Ebgm, event1.Ebgm!.Value, 6);
        Assert.NotNull(event1.Eb05);
    }
}
