using Causa.Application.Errors;
using Causa.Application.Ingest;
using Causa.Application.Mgps;
using Causa.Application.Names;
using Causa.Application.Signals;
using Causa.Application.Synthetic;
using Causa.Core;
using Causa.Core.Model;
using Causa.Core.Signals;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>The use cases moved out of the CLI: their errors, and the logic the commands used to hold.</summary>
public sealed class UseCaseTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private void IngestSample()
    {
        var sources = IngestService.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        Assert.True(sources.Succeeded, sources.Error?.Message);
        var ingested = new IngestService().Ingest(new IngestRequest(_folder.Path, sources.Value));
        Assert.True(ingested.Succeeded, ingested.Error?.Message);
    }

    [Fact]
    public void Discover_reports_a_missing_path_as_bad_input_naming_it()
    {
        var missing = Path.Combine(_folder.Path, "no-such-quarter.zip");

        var result = IngestService.Discover([missing]);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.BadInput, result.Error.Kind);
        Assert.Contains("no-such-quarter.zip", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_the_same_quarter_again_changes_no_count()
    {
        var sources = IngestService.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]).Value!;
        var service = new IngestService();

        var first = service.Ingest(new IngestRequest(_folder.Path, sources)).Value!.Summary;
        var second = service.Ingest(new IngestRequest(_folder.Path, sources)).Value!.Summary;

        Assert.Equal(0, first.CasesBefore);
        Assert.Equal(first.Cases, second.CasesBefore);
        Assert.Equal(first.Cases, second.Cases);
        Assert.Equal((first.Drugs, first.Events, first.DeletedCaseIds), (second.Drugs, second.Events, second.DeletedCaseIds));
    }

    [Fact]
    public void Mgps_reads_a_pair_table_with_quoted_fields_and_blank_lines()
    {
        var path = Write("pairs.csv", "var1,var2,N,E\n\"DRUG, A\",nausea,3,1.5\n\nB,\"say \"\"hi\"\"\",0,0.25\n");

        var table = MgpsService.Read(path);

        Assert.True(table.Succeeded, table.Error?.Message);
        Assert.Equal(2, table.Value.Pairs.Count);
        Assert.Equal(("DRUG, A", "nausea", 3, 1.5), (table.Value.Pairs[0].Var1, table.Value.Pairs[0].Var2, table.Value.Pairs[0].N, table.Value.Pairs[0].E));
        Assert.Equal("say \"hi\"", table.Value.Pairs[1].Var2);
    }

    [Fact]
    public void Mgps_reads_a_quoted_name_that_spans_lines_as_one_row()
    {
        var path = Write("multi.csv", "var1,var2,N,E\r\n\"DRUG\r\nA\",nausea,3,1.5\r\nB,x,1,0.5\r\n");

        var table = MgpsService.Read(path);

        Assert.True(table.Succeeded, table.Error?.Message);
        Assert.Equal(["DRUG\r\nA", "B"], table.Value.Pairs.Select(static p => p.Var1));
        Assert.Equal([3, 1], table.Value.Pairs.Select(static p => p.N));
    }

    [Fact]
    public void Mgps_names_the_physical_line_of_an_unterminated_quote()
    {
        // Line 3 is blank; the bad record is on line 4.
        var path = Write("bad.csv", "var1,var2,N,E\nA,x,1,1\n\n\"B,x,1,1\n");

        var table = MgpsService.Read(path);

        Assert.False(table.Succeeded);
        Assert.Equal(ErrorKind.BadInputFile, table.Error.Kind);
        Assert.Equal(4, table.Error.Subject!.Line);
        Assert.EndsWith(":4: expected 4 fields, found 1 (unterminated quote).", table.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mgps_raw_rows_give_the_unstratified_expected_count_by_hand()
    {
        // 4 reports: A with x, A with y, B with x twice. E = N(var1) * N(var2) / N(ids): (A,x) = 2*3/4, (A,y) = 2*1/4, (B,x) = 2*3/4.
        var path = Write("raw.csv", "id,var1,var2\n1,A,x\n2,A,y\n3,B,x\n4,B,x\n");

        var table = MgpsService.Read(path, unstratified: true);

        Assert.True(table.Succeeded, table.Error?.Message);
        var byPair = table.Value.Pairs.ToDictionary(static p => (p.Var1, p.Var2));
        Assert.Equal((1, 1.5), (byPair[("A", "x")].N, byPair[("A", "x")].E), new ToleranceComparer(1e-12));
        Assert.Equal((1, 0.5), (byPair[("A", "y")].N, byPair[("A", "y")].E), new ToleranceComparer(1e-12));
        Assert.Equal((2, 1.5), (byPair[("B", "x")].N, byPair[("B", "x")].E), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Mgps_reports_a_missing_input_as_bad_input()
    {
        var result = MgpsService.Read(Path.Combine(_folder.Path, "none.csv"));

        Assert.Equal(ErrorKind.BadInput, result.Error!.Kind);
    }

    [Fact]
    public void Synth_refuses_a_report_count_out_of_range_and_writes_nothing()
    {
        var zip = Path.Combine(_folder.Path, "faers_ascii_2031q1.zip");

        var result = new SynthService().Write(new SynthRequest(zip, Reports: 0));

        Assert.Equal(ErrorKind.BadInput, result.Error!.Kind);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void Synth_writes_the_zip_and_its_truth_with_the_requested_reports()
    {
        var zip = Path.Combine(_folder.Path, "faers_ascii_2031q1.zip");

        var result = new SynthService().Write(new SynthRequest(zip, Reports: 200, Quarter: new Quarter(2031, 1)));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(200, result.Value.Summary.Reports);
        Assert.True(File.Exists(result.Value.ZipPath));
        Assert.True(File.Exists(result.Value.TruthPath));
        Assert.Equal(result.Value.PlantedPairs + result.Value.NullPairs, File.ReadLines(result.Value.TruthPath).Count() - 1);
    }

    [Fact]
    public void Signals_without_a_store_is_no_store_with_the_ingest_remedy()
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        var result = new SignalService(workspace).OpenOrScan(new SignalScanRequest(RoleFilter.Suspect, StratumFields.None));

        Assert.Equal(ErrorKind.NoStore, result.Error!.Kind);
        Assert.Equal(Remedy.IngestFirst, result.Error.Remedy);
    }

    [Fact]
    public void A_saved_scan_is_reused_only_for_the_same_strata_and_roles_and_until_the_store_changes()
    {
        IngestSample();
        var request = new SignalScanRequest(RoleFilter.Suspect, StratumFields.Sex);
        using (var workspace = new CausaWorkspace(_folder.Path))
        {
            var service = new SignalService(workspace);
            Assert.Null(service.OpenCurrent(request));
            using var scanned = service.OpenOrScan(request).Value!;
            Assert.NotNull(scanned.Computed);

            using var reused = service.OpenCurrent(request);
            Assert.NotNull(reused);
            Assert.Null(service.OpenCurrent(request with { Strata = StratumFields.AgeGroup }));
            Assert.Null(service.OpenCurrent(request with { Roles = RoleFilter.All }));
            Assert.Null(service.OpenCurrent(request with { Recompute = true }));
        }

        // Another quarter changes the store's content: the saved scan is stale.
        var synth = new SynthService().Write(new SynthRequest(Path.Combine(_folder.Path, "faers_ascii_2031q1.zip"), Reports: 100)).Value!;
        Assert.True(new IngestService().Ingest(new IngestRequest(_folder.Path, IngestService.Discover([synth.ZipPath]).Value!)).Succeeded);
        using (var workspace = new CausaWorkspace(_folder.Path))
        {
            Assert.Null(new SignalService(workspace).OpenCurrent(request));
        }
    }

    [Fact]
    public void Resolve_reports_a_damaged_vocabulary_as_bad_data_and_an_unknown_name_as_unresolved()
    {
        using (var workspace = new CausaWorkspace(_folder.Path))
        {
            var unknown = new NameService(workspace).ResolveDrug("zzqxv not a drug name");
            Assert.True(unknown.Succeeded, unknown.Error?.Message);
            Assert.False(unknown.Value!.Resolved);
        }

        Write("vocabulary.causavoc", "not a vocabulary file");
        using (var workspace = new CausaWorkspace(_folder.Path))
        {
            var damaged = new NameService(workspace).ResolveEvent("nausea");
            Assert.Equal(ErrorKind.BadData, damaged.Error!.Kind);
        }
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<(int N, double E)>
    {
        public bool Equals((int N, double E) x, (int N, double E) y) => x.N == y.N && Math.Abs(x.E - y.E) <= tolerance;

        public int GetHashCode((int N, double E) obj) => obj.N;
    }
}
