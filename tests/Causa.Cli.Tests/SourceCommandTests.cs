using System.Text.Json;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

public sealed class SourceCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Data(params string[] parts) => TestData.PathOf(parts);

    [Fact]
    public async Task Source_add_detects_kinds_and_list_shows_period_unit_and_licence()
    {
        var exit = await _cli.RunAsync("source", "add", Data("indications", "drugcentral_2016_drug_indication.tsv"), Data("faers_more", "mddc_faers_contingency", "sedative1000.csv"));
        Assert.True(exit == 0, _cli.Error.ToString());
        Assert.Contains("DrugCentral indications: 12,175 of 12,175 rows used", _cli.Console.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("source", "list", "--json"));
        using var doc = JsonDocument.Parse(_cli.Output.ToString());
        var list = doc.RootElement.EnumerateArray().ToList();
        // Label and count sources are imported before indication sources, so their terms help map condition names.
        Assert.Equal(["MDDC sedative1000", "DrugCentral indications"], list.Select(e => e.GetProperty("name").GetString()));
        var mddc = list[0];
        Assert.Equal("FAERS 2021Q1–2023Q4", mddc.GetProperty("period").GetString());
        Assert.Equal("drug–event pairs", mddc.GetProperty("unit").GetString());
        Assert.Equal("counts", mddc.GetProperty("kind").GetString());
        Assert.Equal("CC BY 4.0", list[1].GetProperty("licence").GetString());

        Assert.Equal(0, await _cli.RunAsync("source", "list"));
        Assert.Contains("MDDC sedative1000", _cli.Console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_source_of_the_same_name_replaces_it()
    {
        var path = Data("indications", "pharmacotherapydb", "indications.tsv");
        Assert.Equal(0, await _cli.RunAsync("source", "add", path));
        Assert.Equal(0, await _cli.RunAsync("source", "add", "--kind", "pharmacotherapydb", path));
        Assert.Equal(0, await _cli.RunAsync("source", "list", "--json"));
        using var doc = JsonDocument.Parse(_cli.Output.ToString());
        Assert.Single(doc.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task A_failing_file_is_reported_and_the_others_are_added()
    {
        var bad = Path.Combine(_cli.StoreDirectory, "bad.csv");
        Directory.CreateDirectory(_cli.StoreDirectory);
        await File.WriteAllTextAsync(bad, "what,is,this\n1,2,3\n");
        Assert.Equal(2, await _cli.RunAsync("source", "add", Data("indications", "pharmacotherapydb", "indications.tsv"), bad));
        Assert.Contains("bad.csv:1:", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("PharmacotherapyDB: 1,386 of 1,388 rows used", _cli.Console.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("source", "list", "--json"));
        using var doc = JsonDocument.Parse(_cli.Output.ToString());
        Assert.Equal("PharmacotherapyDB", Assert.Single(doc.RootElement.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Source_folders_are_recognised_and_the_same_source_is_not_added_twice()
    {
        Assert.Equal(0, await _cli.RunAsync("source", "add", Data("indications", "medi"), Data("indications", "pharmacotherapydb")));
        var text = _cli.Console.ToString();
        Assert.Contains("MEDI: 60,132 of 68,535 rows used", text, StringComparison.Ordinal);
        Assert.Contains("duplicate: ", text, StringComparison.Ordinal);
        Assert.Contains("MEDI_01212013_HPS_0.csv: MEDI's high-precision subset", text, StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("source", "add", Data("indications", "pharmacotherapydb")));
        Assert.Contains("PharmacotherapyDB was already loaded: this import replaces it", _cli.Console.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("source", "list", "--json"));
        using var doc = JsonDocument.Parse(_cli.Output.ToString());
        Assert.Equal(["MEDI", "PharmacotherapyDB"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Unknown_kind_and_missing_file_are_input_errors()
    {
        Assert.Equal(1, await _cli.RunAsync("source", "add", "--kind", "wiki", Data("indications", "pharmacotherapydb", "indications.tsv")));
        Assert.Contains("--kind 'wiki'", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await _cli.RunAsync("source", "add", Path.Combine(_cli.StoreDirectory, "nope.tsv")));
    }

    [Fact]
    public async Task Evidence_json_gives_cause_and_help_with_verdict_and_lines()
    {
        Assert.Equal(0, await _cli.RunAsync("source", "add",
            Data("labels", "sider4.1", "drug_names.tsv"), Data("labels", "sider4.1", "meddra_all_se.tsv.gz"), Data("labels", "sider4.1", "meddra_freq.tsv.gz"),
            Data("indications", "drugcentral_2016_drug_indication.tsv"), Data("faers_more", "takmu_antidepressants_2014q3_2023q4")));
        Assert.Contains("non-commercially", _cli.Console.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("evidence", "trazodone", "priapism", "--json"));
        using (var doc = JsonDocument.Parse(_cli.Output.ToString()))
        {
            var cause = doc.RootElement.GetProperty("cause");
            Assert.Equal("established", cause.GetProperty("verdict").GetString());
            Assert.Equal(["SIDER 4.1", "TAKMU antidepressants"], cause.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("source").GetString()));
            Assert.Equal("none-found", doc.RootElement.GetProperty("help").GetProperty("verdict").GetString());
        }

        Assert.Equal(0, await _cli.RunAsync("evidence", "duloxetine", "fibromyalgia"));
        var text = _cli.Console.ToString();
        Assert.Contains("Does it help?     approved", text, StringComparison.Ordinal);
        Assert.Contains("Indication bias", text, StringComparison.Ordinal);

        Assert.Equal(1, await _cli.RunAsync("evidence", "trazodone", "qwxzv"));
        Assert.Contains("no MedDRA preferred term", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_uses_the_store_for_reported_use_from_FAERS_indications()
    {
        Assert.Equal(0, await _cli.RunAsync("ingest", Data("faers", "nico8270_2025q4_sample1000")));

        // INDI25Q4: 8 distinct reports give "Weight control" for a TIRZEPATIDE drug row (counted independently from the file).
        Assert.Equal(0, await _cli.RunAsync("evidence", "tirzepatide", "weight control", "--json"));
        using var doc = JsonDocument.Parse(_cli.Output.ToString());
        var help = doc.RootElement.GetProperty("help");
        Assert.Equal("reported-use", help.GetProperty("verdict").GetString());
        var line = Assert.Single(help.GetProperty("lines").EnumerateArray());
        Assert.Equal(8, line.GetProperty("numbers").GetProperty("cases").GetDouble());
        Assert.Equal("FAERS 2025Q4", line.GetProperty("period").GetString());
        Assert.Equal("insufficient-data", doc.RootElement.GetProperty("cause").GetProperty("verdict").GetString());
    }
}
