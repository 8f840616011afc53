using System.Text.Json;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary><c>causa ask</c> with label and indication sources loaded: both verdicts beside the report statistics.</summary>
public sealed class AskEvidenceTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task AddSourcesAsync()
    {
        var exit = await _cli.RunAsync("source", "add",
            TestData.PathOf("labels", "sider4.1"),
            TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv"),
            TestData.PathOf("indications", "pharmacotherapydb", "indications.tsv"));
        Assert.True(exit == 0, _cli.Error.ToString());
    }

    [Fact]
    public async Task Ask_json_adds_cause_and_help_verdicts_with_lines_and_keeps_the_report_keys()
    {
        Assert.Equal(0, await _cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000")));
        await AddSourcesAsync();

        Assert.Equal(0, await _cli.RunAsync("ask", "octreotide", "nausea", "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        foreach (var key in new[] { "a", "b", "c", "d", "prr", "ic025", "verdict" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        foreach (var scale in new[] { "cause", "help" })
        {
            var verdict = root.GetProperty(scale).GetProperty("verdict").GetString();
            Assert.False(string.IsNullOrEmpty(verdict));
            Assert.Equal(JsonValueKind.Array, root.GetProperty(scale).GetProperty("lines").ValueKind);
        }

        // SIDER lists nausea on octreotide's label, so the cause verdict is at least "weak".
        Assert.Contains(root.GetProperty("cause").GetProperty("verdict").GetString(), new[] { "established", "possible", "weak" });
    }

    [Fact]
    public async Task Ask_answers_from_other_sources_when_the_reports_do_not_know_the_term()
    {
        Assert.Equal(0, await _cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000")));
        await AddSourcesAsync();

        Assert.Equal(0, await _cli.RunAsync("ask", "duloxetine", "fibromyalgia", "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        Assert.Equal("approved", root.GetProperty("help").GetProperty("verdict").GetString());
        Assert.True(root.TryGetProperty("cause", out _));
    }

    [Fact]
    public async Task Ask_without_any_sources_still_gives_both_verdicts_from_the_reports()
    {
        Assert.Equal(0, await _cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000")));

        Assert.Equal(0, await _cli.RunAsync("ask", "octreotide", "nausea"));

        var text = _cli.Console.ToString();
        Assert.Contains("Can it cause it?", text, StringComparison.Ordinal);
        Assert.Contains("Does it help?", text, StringComparison.Ordinal);
    }
}
