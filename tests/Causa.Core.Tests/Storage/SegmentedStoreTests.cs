using System.Globalization;
using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Core.Storage;
using Causa.Storage.Files;
using Causa.TestSupport;

namespace Causa.Core.Tests.Storage;

/// <summary>
/// A store whose quarters were added as segments (<see cref="StoreCompaction.Defer"/>) answers every read exactly as the
/// store written at once from the same quarters, case by case (indices differ, so cases are compared by case id); and
/// compacting it gives the byte-identical file. The histories are random and full of what segments must get right:
/// newer versions of cases stored in earlier segments, ties on <c>fda_dt</c>, DELETE lists naming cases of other
/// quarters, term spellings that differ by case.
/// </summary>
public sealed class SegmentedStoreTests
{
    private static readonly string[] Drugs = ["ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA"];
    private static readonly string[] Events = ["Nausea", "NAUSEA", "Headache", "Rash", "RASH", "Dizziness", "Fatigue", "Back pain", "Vomiting"];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void A_store_of_segments_answers_every_read_as_the_store_written_at_once(int seed)
    {
        var batches = RandomHistory(seed);
        using var segmented = new TempFolder();
        using var whole = new TempFolder();
        AddAsSegments(segmented.Path, batches);
        Ingest(whole.Path, StoreCompaction.Auto, [.. batches]);
        using var a = Open(segmented.Path);
        using var b = Open(whole.Path);

        // The history really exercised the segments: three of them, and cases of earlier files superseded or deleted.
        Assert.Equal(3, a.SegmentCount);
        Assert.True(a.Segments.Sum(static s => s.CaseCount) > a.CaseCount + 20, "few cases superseded: the history is too easy");
        Assert.True(a.Segments.Skip(1).Sum(static s => s.KilledCases.Length) > 20);

        AssertSameStore(a, b);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Compacting_segments_added_in_any_order_gives_the_file_written_at_once(int seed)
    {
        var batches = RandomHistory(seed);
        using var whole = new TempFolder();
        Ingest(whole.Path, StoreCompaction.Auto, [.. batches]);
        var expected = File.ReadAllBytes(CaseStore.PathIn(whole.Path));

        foreach (var order in new[] { new[] { 0, 1, 2, 3 }, [3, 1, 0, 2], [2, 3, 1, 0] })
        {
            using var folder = new TempFolder();
            foreach (var i in order)
            {
                Ingest(folder.Path, StoreCompaction.Defer, batches[i]);
            }

            using (var segmented = Open(folder.Path))
            {
                Assert.Equal(3, segmented.SegmentCount);
            }

            var compacted = Ingest(folder.Path, StoreCompaction.Always);
            Assert.Equal(0, compacted.Segments);
            Assert.Equal(expected, File.ReadAllBytes(CaseStore.PathIn(folder.Path)));
            Assert.False(File.Exists(StoreManifest.PathIn(folder.Path)));
            Assert.Empty(Directory.GetFiles(folder.Path, "cases.*.causa"));
        }
    }

    [Theory]
    [InlineData(StoreCompaction.Defer)]
    [InlineData(StoreCompaction.Always)]
    public void The_learned_pairs_an_ingest_resolved_with_are_those_the_written_store_counts(StoreCompaction compaction)
    {
        var batches = RandomHistory(91);
        using var folder = new TempFolder();
        AddAsSegments(folder.Path, batches[..2]);
        Ingest(folder.Path, compaction, batches[2]);
        using var store = Open(folder.Path);
        var remembered = store.LearnedNamePairs();
        LearnedPairsMemo.Clear();
        var counted = store.LearnedNamePairs();
        Assert.NotSame(remembered, counted);
        Assert.NotEmpty(counted);
        Assert.Equal(counted, remembered);
    }

    [Fact]
    public void Ingesting_a_quarter_again_into_a_store_of_segments_changes_nothing()
    {
        var batches = RandomHistory(31);
        using var folder = new TempFolder();
        AddAsSegments(folder.Path, batches[..2]);
        ulong before;
        using (var store = Open(folder.Path))
        {
            before = store.Fingerprint;
        }

        var again = Ingest(folder.Path, StoreCompaction.Defer, RandomHistory(31)[1]);
        using var after = Open(folder.Path);
        Assert.Equal(before, after.Fingerprint);
        Assert.Equal(1, after.SegmentCount);
        Assert.Equal(again.CasesBefore, again.CasesAfter);
    }

    [Fact]
    public void A_store_that_holds_the_most_segments_is_rewritten_by_the_next_ingest()
    {
        using var folder = new TempFolder();
        for (var q = 0; q <= StoreManifest.MaxSegments; q++)
        {
            var builder = new BatchBuilder(2000 + (q / 4), (q % 4) + 1);
            builder.Report(1000 + q, 1, 20000101 + q, ["ALPHA"], ["Nausea"]);
            var summary = Ingest(folder.Path, StoreCompaction.Defer, builder.Build());
            Assert.Equal(q, summary.Segments);
        }

        var last = Ingest(folder.Path, StoreCompaction.Defer, new BatchBuilder(2010, 1).Report(5000, 1, 20100101, ["BETA"], ["Rash"]).Build());
        Assert.Equal(0, last.Segments);
        Assert.Equal(StoreManifest.MaxSegments + 2, last.CasesAfter);
        Assert.False(File.Exists(StoreManifest.PathIn(folder.Path)));
    }

    [Fact]
    public void By_default_a_small_store_is_rewritten_rather_than_given_a_segment()
    {
        var batches = RandomHistory(41);
        using var folder = new TempFolder();
        Ingest(folder.Path, StoreCompaction.Auto, batches[0]);
        var second = Ingest(folder.Path, StoreCompaction.Auto, batches[1]);
        Assert.Equal(0, second.Segments);
        Assert.False(File.Exists(StoreManifest.PathIn(folder.Path)));
    }

    [Fact]
    public void A_segment_written_without_its_manifest_is_not_read_and_the_next_writer_removes_it()
    {
        var batches = RandomHistory(51);
        using var folder = new TempFolder();
        AddAsSegments(folder.Path, batches[..2]);
        var manifest = File.ReadAllBytes(StoreManifest.PathIn(folder.Path));
        int cases;
        ulong fingerprint;
        using (var store = Open(folder.Path))
        {
            (cases, fingerprint) = (store.CaseCount, store.Fingerprint);
        }

        // What a crash between the segment's rename and the manifest's leaves: the next segment, and the old manifest.
        Ingest(folder.Path, StoreCompaction.Defer, batches[2]);
        File.WriteAllBytes(StoreManifest.PathIn(folder.Path), manifest);
        Assert.True(File.Exists(Path.Combine(folder.Path, StoreManifest.SegmentName(2))));
        using (var store = Open(folder.Path))
        {
            Assert.Equal(cases, store.CaseCount);
            Assert.Equal(fingerprint, store.Fingerprint);
        }

        Ingest(folder.Path, StoreCompaction.Defer, batches[3]);
        using var after = Open(folder.Path);
        Assert.Equal(2, after.SegmentCount);
        Assert.Equal(["cases.1.causa", "cases.2.causa"], Directory.GetFiles(folder.Path, "cases.*.causa").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_manifest_left_by_a_compaction_that_stopped_before_removing_it_is_ignored()
    {
        var batches = RandomHistory(61);
        using var folder = new TempFolder();
        AddAsSegments(folder.Path, batches[..2]);
        var manifest = File.ReadAllBytes(StoreManifest.PathIn(folder.Path));
        var segment = File.ReadAllBytes(Path.Combine(folder.Path, StoreManifest.SegmentName(1)));
        var compacted = Ingest(folder.Path, StoreCompaction.Always);

        // The base was renamed into place; the manifest and its segment were still there.
        File.WriteAllBytes(StoreManifest.PathIn(folder.Path), manifest);
        File.WriteAllBytes(Path.Combine(folder.Path, StoreManifest.SegmentName(1)), segment);
        using (var store = Open(folder.Path))
        {
            Assert.Equal(0, store.SegmentCount);
            Assert.Equal(compacted.CasesAfter, store.CaseCount);
        }

        Ingest(folder.Path, StoreCompaction.Defer, batches[2]);
        Assert.Equal(["cases.1.causa"], Directory.GetFiles(folder.Path, "cases.*.causa").Select(Path.GetFileName));
    }

    [Fact]
    public void A_damaged_segment_a_replaced_segment_and_a_damaged_manifest_are_errors_naming_the_file()
    {
        var batches = RandomHistory(71);
        using var folder = new TempFolder();
        AddAsSegments(folder.Path, batches[..3]);
        var first = Path.Combine(folder.Path, StoreManifest.SegmentName(1));
        var second = Path.Combine(folder.Path, StoreManifest.SegmentName(2));
        var original = File.ReadAllBytes(first);

        var damaged = (byte[])original.Clone();
        damaged[damaged.Length / 2] ^= 0x5A;
        File.WriteAllBytes(first, damaged);
        var opened = CaseStore.Open(folder.Path);
        Assert.False(opened.Succeeded);
        Assert.Equal(first, opened.Error.Path);

        // Another sound store file in its place is not read as the segment the manifest lists.
        File.Copy(second, first, overwrite: true);
        opened = CaseStore.Open(folder.Path);
        Assert.False(opened.Succeeded);
        Assert.Equal(StoreErrorKind.Corrupt, opened.Error.Kind);
        Assert.Equal(first, opened.Error.Path);
        Assert.Contains("manifest", opened.Error.Message, StringComparison.Ordinal);

        File.WriteAllBytes(first, original);
        var manifestPath = StoreManifest.PathIn(folder.Path);
        var text = File.ReadAllText(manifestPath);
        File.WriteAllText(manifestPath, text.Replace("segment cases.2.causa", "segment cases.3.causa", StringComparison.Ordinal));
        opened = CaseStore.Open(folder.Path);
        Assert.False(opened.Succeeded);
        Assert.Equal(manifestPath, opened.Error.Path);

        // And a damaged store is never silently replaced by an ingest.
        var begun = StoreUpdateSession.Begin(folder.Path, null, StoreCompaction.Defer);
        Assert.False(begun.Succeeded);
        Assert.Contains("left untouched", begun.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_that_lists_superseded_cases_without_what_they_counted_is_refused()
    {
        var batches = RandomHistory(101);
        using var folder = new TempFolder();
        AddAsSegments(folder.Path, batches[..2]);
        var path = Path.Combine(folder.Path, StoreManifest.SegmentName(1));
        StoreData data;
        Assert.True(StoreSegment.TryOpen(path, folder.Path, StoreVerification.Full, out var segment, out _));
        using (segment)
        {
            Assert.NotEmpty(segment.KilledCases.ToArray());
            data = segment.ToData();
            data.KilledCases = segment.KilledCases.ToArray();
        }

        // A sound file with a manifest that lists it, but without the counts of the cases it superseded.
        StoreIndexBuilder.Build(data);
        StoreFileWriter.WriteAtomically(path, data);
        var manifest = StoreManifest.Read(folder.Path, out _)!;
        Assert.True(StoreSegment.TryOpen(path, folder.Path, StoreVerification.Full, out var rewritten, out _));
        using (rewritten)
        {
            (manifest with { Segments = [new StoreManifest.SegmentStamp(StoreManifest.SegmentName(1), rewritten.Stamp)] }).Write(folder.Path);
        }

        var opened = CaseStore.Open(folder.Path);
        Assert.False(opened.Succeeded);
        Assert.Equal(StoreErrorKind.Corrupt, opened.Error.Kind);
        Assert.Contains("cases.1.causa: it lists superseded cases without what they counted", opened.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_serves_the_new_content_once_a_segment_is_added()
    {
        var batches = RandomHistory(81);
        using var folder = new TempFolder();
        Ingest(folder.Path, StoreCompaction.Defer, batches[0]);
        using var provider = new FileStoreProvider(folder.Path, TimeSpan.Zero);
        Assert.True(provider.TryAcquire(out var first, out _));
        var before = first.Store.CaseCount;
        Ingest(folder.Path, StoreCompaction.Defer, batches[1]);
        Assert.True(provider.TryAcquire(out var second, out _));
        Assert.Equal(first.Generation + 1, second.Generation);
        Assert.NotEqual(before, second.Store.CaseCount);
        Assert.Equal(before, first.Store.CaseCount);
        first.Dispose();
        second.Dispose();
    }

    /// <summary>Four quarters of 300 case ids: each case in some quarters, with one to three versions a quarter, few
    /// distinct dates (ties), DELETE lists naming cases of any quarter.</summary>
    private static List<QuarterBatch> RandomHistory(int seed)
    {
        var random = new Random(seed);
        var batches = new List<QuarterBatch>();
        for (var q = 1; q <= 4; q++)
        {
            var builder = new BatchBuilder(2021, q);
            for (var caseId = 1L; caseId <= 300; caseId++)
            {
                if (random.Next(5) < 2)
                {
                    continue;
                }

                foreach (var version in Enumerable.Range((q * 10) + 1, random.Next(1, 4)))
                {
                    var suspects = Pick(random, Drugs, 1 + random.Next(2));
                    var concomitants = Pick(random, Drugs, random.Next(3));
                    var events = Pick(random, Events, 1 + random.Next(3));
                    var fdaDate = 20210101 + (q * 100) + random.Next(3);
                    builder.Report(caseId, version, fdaDate, suspects, events, concomitants, (Sex)random.Next(3), 20 + random.Next(60));
                    if (random.Next(3) == 0)
                    {
                        builder.Indication(caseId, version, 1, Events[random.Next(Events.Length)]);
                    }
                }
            }

            var deletes = Enumerable.Range(0, 8).Select(_ => (long)random.Next(1, 301)).ToArray();
            builder.Delete(deletes);
            batches.Add(builder.Build());
        }

        return batches;
    }

    private static string[] Pick(Random random, string[] from, int count) =>
        [.. from.OrderBy(_ => random.Next()).Take(count).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Ingests each quarter on its own with <see cref="StoreCompaction.Defer"/>: the first one the base file, the
    /// others segments.</summary>
    private static void AddAsSegments(string directory, IEnumerable<QuarterBatch> batches)
    {
        foreach (var batch in batches)
        {
            Ingest(directory, StoreCompaction.Defer, batch);
        }
    }

    private static StoreCommitSummary Ingest(string directory, StoreCompaction compaction, params QuarterBatch[] batches)
    {
        var begun = StoreUpdateSession.Begin(directory, null, compaction);
        Assert.True(begun.Succeeded, begun.Error?.ToString());
        using var session = begun.Session;
        foreach (var batch in batches)
        {
            session.Add(batch);
        }

        return session.Commit(UpperCaseResolver.Factory);
    }

    private static CaseStore Open(string directory) => StoreTestHelper.Open(directory);

    private static long[] CaseIds(CaseStore store, ReadOnlySpan<int> indexes)
    {
        var ids = new long[indexes.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = store.GetCase(indexes[i]).CaseId;
        }

        Array.Sort(ids);
        return ids;
    }

    private static Dictionary<long, int> IndexByCaseId(CaseStore store)
    {
        var result = new Dictionary<long, int>();
        for (var i = 0; i < store.CaseCount; i++)
        {
            result.Add(store.GetCase(i).CaseId, i);
        }

        return result;
    }

    private static void AssertSameStore(CaseStore a, CaseStore b)
    {
        Assert.Equal(b.CaseCount, a.CaseCount);
        Assert.Equal(b.DeletedCaseIdCount, a.DeletedCaseIdCount);
        Assert.Equal(b.DrugEntryCount, a.DrugEntryCount);
        Assert.Equal(b.Quarters, a.Quarters);
        Assert.Equal(b.Ingredients, a.Ingredients);
        Assert.Equal(b.Terms, a.Terms);
        Assert.Equal(b.LearnedNamePairs(), a.LearnedNamePairs());

        var indexOfB = IndexByCaseId(b);
        var indexOfA = IndexByCaseId(a);
        Assert.Equal(indexOfB.Keys.Order(), indexOfA.Keys.Order());

        // Case by case: the full record, the facts, the events, the demographics, therapy starts.
        var allIngredients = Enumerable.Range(0, a.Ingredients.Count).ToArray();
        foreach (var (caseId, ia) in indexOfA)
        {
            var ib = indexOfB[caseId];
            Assert.Equal(Describe(b.GetCase(ib)), Describe(a.GetCase(ia)));
            Assert.Equal(Describe(b.FindCase(caseId)!), Describe(a.FindCase(caseId)!));
            Assert.Equal(b.EventsOfCase(ib).ToArray(), a.EventsOfCase(ia).ToArray());
            Assert.Equal(b.SexOf(ib), a.SexOf(ia));
            Assert.Equal(b.AgeGroupOf(ib), a.AgeGroupOf(ia));
            Assert.Equal(b.ReportYearOf(ib), a.ReportYearOf(ia));
            var factsA = new CaseFacts[1];
            var factsB = new CaseFacts[1];
            a.GetFacts([ia], factsA);
            b.GetFacts([ib], factsB);
            Assert.Equal(factsB[0], factsA[0]);
            foreach (var roles in new[] { RoleFilter.All, RoleFilter.Suspect })
            {
                var startsA = new PartialDate[1];
                var startsB = new PartialDate[1];
                a.GetTherapyStarts([ia], allIngredients, roles, startsA);
                b.GetTherapyStarts([ib], allIngredients, roles, startsB);
                Assert.Equal(startsB[0], startsA[0]);
            }
        }

        foreach (var caseId in Enumerable.Range(1, 300).Select(static i => (long)i))
        {
            Assert.Equal(b.IsDeleted(caseId), a.IsDeleted(caseId));
            Assert.Equal(b.FindCase(caseId) is null, a.FindCase(caseId) is null);
        }

        // Batches of cases crossing files, in store order and shuffled.
        var every = Enumerable.Range(0, a.CaseCount).ToArray();
        var everyB = every.Select(i => indexOfB[a.GetCase(i).CaseId]).ToArray();
        var factsAllA = new CaseFacts[every.Length];
        var factsAllB = new CaseFacts[every.Length];
        a.GetFacts(every, factsAllA, CaseFactColumns.All);
        b.GetFacts(everyB, factsAllB, CaseFactColumns.All);
        Assert.Equal(factsAllB, factsAllA);
        var countsA = new int[a.Ingredients.Count];
        var countsB = new int[b.Ingredients.Count];
        a.CountIngredients(every, countsA);
        b.CountIngredients(everyB, countsB);
        Assert.Equal(countsB, countsA);
        var eventsA = new int[a.Terms.Count];
        var eventsB = new int[b.Terms.Count];
        a.CountEvents(every, eventsA);
        b.CountEvents(everyB, eventsB);
        Assert.Equal(eventsB, eventsA);

        foreach (var roles in new[] { RoleFilter.All, RoleFilter.Suspect })
        {
            for (var d = 0; d < a.Ingredients.Count; d++)
            {
                Assert.Equal(CaseIds(b, b.CasesWithIngredient(d, roles)), CaseIds(a, a.CasesWithIngredient(d, roles)));
                Assert.True(IsAscending(a.CasesWithIngredient(d, roles)));
                Assert.Equal(b.DrugCaseCount(d, roles), a.DrugCaseCount(d, roles));
                var single = a.EventCountsForDrugs([d], roles);
                var singleB = b.EventCountsForDrugs([d], roles);
                Assert.Equal(singleB.Cases, single.Cases);
                Assert.Equal(singleB.ByTerm, single.ByTerm);
                for (var t = 0; t < a.Terms.Count; t++)
                {
                    Assert.Equal(b.PairCaseCount(d, t, roles), a.PairCaseCount(d, t, roles));
                }
            }

            var pairOfDrugs = a.EventCountsForDrugs([0, 3, 5], roles);
            var pairOfDrugsB = b.EventCountsForDrugs([0, 3, 5], roles);
            Assert.Equal(pairOfDrugsB.Cases, pairOfDrugs.Cases);
            Assert.Equal(pairOfDrugsB.ByTerm, pairOfDrugs.ByTerm);
            for (var t = 0; t < a.Terms.Count; t++)
            {
                Assert.Equal(b.DrugCountsForEvent(t, roles), a.DrugCountsForEvent(t, roles));
            }
        }

        for (var t = 0; t < a.Terms.Count; t++)
        {
            Assert.Equal(CaseIds(b, b.CasesWithTerm(t)), CaseIds(a, a.CasesWithTerm(t)));
            Assert.Equal(b.EventCaseCount(t), a.EventCaseCount(t));
            Assert.Equal(a.FindTerm(a.Terms[t].ToUpperInvariant()), b.FindTerm(b.Terms[t].ToLowerInvariant()));
            for (var d = 0; d < a.Ingredients.Count; d++)
            {
                Assert.Equal(b.IndicationCaseCount(d, t), a.IndicationCaseCount(d, t));
            }
        }

        for (var d = 0; d < a.Ingredients.Count; d++)
        {
            Assert.Equal(d, a.FindIngredient(a.Ingredients[d].ToLowerInvariant()));
        }
    }

    private static bool IsAscending(ReadOnlySpan<int> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] <= values[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(CaseRecord record) => string.Join(
        "|",
        record.CaseId.ToString(CultureInfo.InvariantCulture),
        record.PrimaryId.ToString(CultureInfo.InvariantCulture),
        record.Quarter.ToString(),
        record.Sex.ToString(),
        string.Join(";", record.Drugs.Select(static d => $"{d.DrugName}/{d.Role}/{string.Join("+", d.Ingredients)}/{d.TherapyStart}")),
        string.Join(";", record.Events),
        string.Join(";", record.Indications.Select(static i => $"{i.DrugName}:{i.Term}")));
}
