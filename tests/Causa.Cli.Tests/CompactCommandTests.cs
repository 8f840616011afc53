using System.Text.Json;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>
/// <c>ingest --compact defer</c> adds each real sample quarter as a segment; every answer is then the one the store
/// ingested at once gives, and <c>causa compact</c> folds the segments into the very file that store has.
/// </summary>
public sealed class CompactCommandTests : IDisposable
{
    private static readonly string[] Quarters =
    [
        TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"),
        TestData.PathOf("faers", "ubesp_2020q3_first10k"),
        TestData.PathOf("faers", "aers_ascii_2004q1_sample.zip"),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "causa-compact-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Quarters_added_as_segments_answer_as_the_store_ingested_at_once_and_compact_to_its_file()
    {
        var segmented = new CliHarness(Path.Combine(_root, "segmented"));
        for (var q = 0; q < Quarters.Length; q++)
        {
            Assert.Equal(0, await segmented.RunAsync("ingest", Quarters[q], "--compact", "defer", "--json"));
            using var summary = JsonDocument.Parse(segmented.Output.ToString());
            Assert.Equal(q, summary.RootElement.GetProperty("segments").GetInt32());
        }

        var whole = new CliHarness(Path.Combine(_root, "whole"));
        Assert.Equal(0, await whole.RunAsync(["ingest", .. Quarters]));

        foreach (var args in new[]
        {
            new[] { "ask", "aspirin", "nausea", "--json" },
            ["top", "aspirin", "--json"],
            ["top", "--event", "nausea", "--json"],
            ["trend", "aspirin", "nausea", "--json"],
            ["signals", "--format", "csv", "--min-count", "1", "--limit", "1000000"],
        })
        {
            Assert.Equal(0, await whole.RunAsync(args));
            Assert.Equal(0, await segmented.RunAsync(args));
            Assert.True(whole.Output.ToString().Length > 200, string.Join(' ', args));
            Assert.Equal(whole.Output.ToString(), segmented.Output.ToString());
        }

        Assert.Equal(0, await segmented.RunAsync("verify"));
        Assert.Contains("2 segments (cases.1.causa, cases.2.causa", segmented.Console.ToString() + segmented.Output, StringComparison.Ordinal);

        Assert.Equal(0, await segmented.RunAsync("compact", "--json"));
        using (var compacted = JsonDocument.Parse(segmented.Output.ToString()))
        {
            Assert.Equal(2, compacted.RootElement.GetProperty("segments_before").GetInt32());
        }

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(whole.StoreDirectory, "cases.causa")),
            File.ReadAllBytes(Path.Combine(segmented.StoreDirectory, "cases.causa")));
        Assert.Empty(Directory.GetFiles(segmented.StoreDirectory, "cases.*.causa"));
        Assert.False(File.Exists(Path.Combine(segmented.StoreDirectory, "cases.manifest")));
    }

    [Fact]
    public async Task Compact_without_a_store_says_so()
    {
        var cli = new CliHarness(Path.Combine(_root, "empty"));
        Assert.Equal(1, await cli.RunAsync("compact"));
        Assert.Contains("ingest FAERS files first", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
