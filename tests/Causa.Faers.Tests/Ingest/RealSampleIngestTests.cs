using System.IO.Compression;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Ingest;

public sealed class RealSampleIngestTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "causa-ingest-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string Sample(string name) => TestData.PathOf("faers", name);

    private IngestResult Ingest(string store, params string[] paths)
    {
        var (sources, error) = FaersIngestor.Discover(paths);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FileCaseSink(Path.Combine(_root, store)), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return result;
    }

    private CaseStore Open(string store)
    {
        var opened = CaseStore.Open(Path.Combine(_root, store));
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        return opened.Store;
    }

    [Fact]
    public void Every_sample_ingests_with_a_reconciliation_that_sums()
    {
        var result = Ingest("all", TestData.PathOf("faers"));

        Assert.Equal(6, result.Quarters.Count);
        foreach (var quarter in result.Quarters)
        {
            foreach (var table in quarter.Reconciliation)
            {
                Assert.Equal(table.RowsRead, table.RowsAccepted + table.RowsRejected);
            }

            // Rows accepted by the reader are either linked to a report or counted as orphans.
            var drugs = quarter.Reconciliation.Single(t => t.Table == Causa.Core.Ingest.FaersTable.Drug);
            Assert.Equal(drugs.RowsAccepted, quarter.Links.DrugRowsLinked + quarter.Links.DrugRowsOrphaned);
            var reactions = quarter.Reconciliation.Single(t => t.Table == Causa.Core.Ingest.FaersTable.Reac);
            Assert.Equal(reactions.RowsAccepted, quarter.Links.ReactionRowsLinked + quarter.Links.ReactionRowsOrphaned);
        }

        Assert.True(result.Commit!.CasesAfter > 0);
    }

    /// <summary>Independent count: case ids of a DEMO table read with plain string splitting.</summary>
    private static Dictionary<long, int> CaseVersions(IEnumerable<string> demoLines)
    {
        var result = new Dictionary<long, int>();
        foreach (var line in demoLines.Skip(1))
        {
            var fields = line.Split('$');
            if (fields.Length > 2 && long.TryParse(fields[1], out var caseId) && int.TryParse(fields[2], out var version))
            {
                result[caseId] = Math.Max(result.GetValueOrDefault(caseId), version);
            }
        }

        return result;
    }

    private static List<string> ZipLines(string zip, string suffix)
    {
        using var archive = ZipFile.OpenRead(zip);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
        using var reader = new StreamReader(entry.Open());
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [Fact]
    public void Shared_cases_keep_their_2022Q4_version_and_the_deleted_case_is_gone()
    {
        var zip = Sample("faers_ascii_2022Q4_sample.zip");
        var older = CaseVersions(File.ReadLines(Sample("ubesp_2020q3_first10k/DEMO20Q3-10000.txt")));
        var newer = CaseVersions(ZipLines(zip, "DEMO22Q4.txt"));
        var deleted = ZipLines(zip, "DELETE22Q4.txt").Select(l => l.Trim()).Where(l => l.Length > 0).Select(long.Parse).ToHashSet();
        var shared = older.Keys.Intersect(newer.Keys).ToList();
        var deletedFromOlder = older.Keys.Where(deleted.Contains).ToList();
        Assert.Equal(27, shared.Count);                 // as documented in PROVENANCE.md
        Assert.Single(deletedFromOlder);

        Ingest("forward", Sample("ubesp_2020q3_first10k"), zip);
        using var store = Open("forward");
        foreach (var caseId in shared)
        {
            var kept = store.FindCase(caseId);
            Assert.NotNull(kept);
            Assert.Equal(newer[caseId], kept.CaseVersion);
            Assert.Equal(new Causa.Core.Model.Quarter(2022, 4), kept.Quarter);
        }

        Assert.Null(store.FindCase(deletedFromOlder[0]));
    }

    [Fact]
    public void Order_of_ingest_does_not_change_the_result()
    {
        var zip = Sample("faers_ascii_2022Q4_sample.zip");
        var folder = Sample("ubesp_2020q3_first10k");
        Ingest("forward", folder);
        Ingest("forward", zip);
        Ingest("backward", zip);
        Ingest("backward", folder);

        var forward = File.ReadAllBytes(Path.Combine(_root, "forward", "cases.causa"));
        var backward = File.ReadAllBytes(Path.Combine(_root, "backward", "cases.causa"));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Reingesting_a_quarter_is_idempotent()
    {
        Ingest("store", Sample("nico8270_2025q4_sample1000"));
        var before = File.ReadAllBytes(Path.Combine(_root, "store", "cases.causa"));
        Ingest("store", Sample("nico8270_2025q4_sample1000"));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_root, "store", "cases.causa")));
    }

    [Fact]
    public void A_bad_quarter_among_good_ones_leaves_the_store_as_it_was()
    {
        Ingest("store", Sample("nico8270_2025q4_sample1000"));
        var before = File.ReadAllBytes(Path.Combine(_root, "store", "cases.causa"));
        var bytes = File.ReadAllBytes(Sample("faers_ascii_2017q2_sample.zip"));
        var truncated = Path.Combine(_root, "faers_ascii_2017q2.zip");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        var (sources, discoveryError) = FaersIngestor.Discover([Sample("faers_ascii_2022Q4_sample.zip"), truncated]);
        var result = discoveryError is null ? new FaersIngestor().Ingest(new FileCaseSink(Path.Combine(_root, "store")), sources) : null;

        Assert.True(discoveryError is not null || result is { Succeeded: false });
        var message = discoveryError?.ToString() ?? result!.ErrorMessage!;
        Assert.Contains("faers_ascii_2017q2.zip", message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_root, "store", "cases.causa")));
    }

    [Fact]
    public void Drug_names_resolve_to_ingredients_and_legacy_and_modern_quarters_mix()
    {
        Ingest("store", Sample("aers_ascii_2004q1_sample.zip"), Sample("nico8270_2025q4_sample1000"));
        using var store = Open("store");

        Assert.Equal(2, store.Quarters.Count);
        Assert.NotNull(store.FindIngredient("OCTREOTIDE")); // "SANDOSTATIN LAR DEPOT" with prod_ai "OCTREOTIDE ACETATE"
        var legacyCase = store.FindCase(4061110)!; // AERS case of isr 4263742 (TAVOR, ALCOHOL)
        Assert.Equal(0, legacyCase.CaseVersion);
        Assert.Contains(legacyCase.Drugs, d => d.DrugName == "TAVOR");
        Assert.Contains("DIARRHOEA", legacyCase.Events, StringComparer.OrdinalIgnoreCase);
    }
}
