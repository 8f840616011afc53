using Causa.Core.Ingest;
using Causa.Core.Model;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Storage;

/// <summary>
/// The store's merge of sorted runs keeps exactly the versions the deduplication rule (<see cref="CaseDeduplication"/>,
/// the reference: one sort over every version) keeps, on random histories full of ties: same <c>fda_dt</c> across
/// versions, the same report in several quarters, DELETE lists naming cases of other quarters.
/// </summary>
public sealed class RunMergeDeduplicationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_merged_store_keeps_the_versions_the_rule_keeps(int seed)
    {
        var random = new Random(seed);
        var versions = new List<CaseVersion>();
        var deleted = new HashSet<long>();
        var batches = new List<QuarterBatch>();
        for (var q = 1; q <= 4; q++)
        {
            var builder = new BatchBuilder(2020, q);
            var ordinal = new Quarter(2020, q).Ordinal;
            foreach (var caseId in Enumerable.Range(1, 60).Where(_ => random.Next(3) > 0))
            {
                // Distinct versions within a quarter (a primary id appears once per quarter); few dates, so ties abound.
                foreach (var version in Enumerable.Range(1, 5).Where(_ => random.Next(2) == 0))
                {
                    var fdaDate = 20200101 + random.Next(3);
                    builder.Report(caseId, version, fdaDate, ["DRUG" + (caseId % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)], ["Nausea"]);
                    versions.Add(new CaseVersion(caseId, fdaDate, (caseId * 100L) + version, ordinal));
                }
            }

            var deletes = Enumerable.Range(0, 3).Select(_ => (long)random.Next(1, 61)).ToArray();
            builder.Delete(deletes);
            deleted.UnionWith(deletes);
            batches.Add(builder.Build());
        }

        var kept = CaseDeduplication.SelectKept(versions.ToArray(), deleted);
        var expected = kept.Select(i => (versions[i].CaseId, versions[i].PrimaryId, versions[i].QuarterOrdinal)).ToArray();

        using var dir = new TempFolder();
        IngestBatches(dir.Path, batches[2], batches[0]); // an existing store, then two more quarters on top of it
        IngestBatches(dir.Path, batches[3], batches[1]);
        using var store = Open(dir.Path);
        var data = store.ToData();
        var actual = data.CaseIds.Zip(data.PrimaryIds, data.QuarterOrdinals).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.Equal([.. deleted.Order()], data.DeletedCaseIds);
    }
}
