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

    [Fact]
    public async Task A_damaged_part_of_the_evidence_sources_an_ask_reads_gives_the_evidence_source_error()
    {
        Assert.Equal(0, await _cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000")));
        await AddSourcesAsync();
        var path = Path.Combine(_cli.StoreDirectory, "evidence.causasrc");
        var bytes = File.ReadAllBytes(path);
        // Section 5 finds each ingredient's label entries: loading the file does not read it, an ask about a drug does.
        // A byte of every 1 KiB block is damaged, so whatever part of it the ask reads is damaged.
        var (offset, length) = SectionOf(bytes, 5);
        Assert.True(length > 1000);
        for (var at = offset + 3; at < offset + length; at += 512)
        {
            bytes[at] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);

        var exit = await _cli.RunAsync("ask", "octreotide", "nausea");

        Assert.Equal(2, exit);
        var error = _cli.Error.ToString();
        Assert.Contains($"{path}: checksum mismatch: the file is corrupted (section 5 checksum does not match", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot open the store", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _cli.Output.ToString());
    }

    // The byte range of a section of a Causa file, from its directory (header: section count at 12, directory offset at
    // 32; 32-byte entries: id, element size, offset, length, checksum).
    private static (int Offset, int Length) SectionOf(byte[] file, uint id)
    {
        var count = BitConverter.ToInt32(file, 12);
        var directory = (int)BitConverter.ToInt64(file, 32);
        for (var i = 0; i < count; i++)
        {
            var entry = directory + (i * 32);
            if (BitConverter.ToUInt32(file, entry) == id)
            {
                return ((int)BitConverter.ToInt64(file, entry + 8), (int)BitConverter.ToInt64(file, entry + 16));
            }
        }

        throw new InvalidOperationException($"no section {id}");
    }
}
