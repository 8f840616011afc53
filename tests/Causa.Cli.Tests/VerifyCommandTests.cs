using System.Text.Json;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>
/// <c>causa verify</c> checks in full what a query checks only as it reads: every section of the store, the drug-name
/// index, the saved scan, the sources and the vocabulary, naming a damaged file through the store error's exit code.
/// </summary>
public sealed class VerifyCommandTests : IDisposable
{
    // Wide enough that a file's line (path, size, status, detail and remedy) is never wrapped.
    private readonly CliHarness _cli = new() { Width = 1000 };

    public void Dispose() => _cli.Dispose();

    private string PathIn(string file) => Path.Combine(_cli.StoreDirectory, file);

    private async Task IngestAsync(params string[] samples)
    {
        var exit = await _cli.RunAsync(["ingest", .. samples.Select(static s => TestData.PathOf("faers", s))]);
        Assert.True(exit == 0, _cli.Error.ToString());
    }

    private Task<int> VerifyAsync(params string[] args) => _cli.RunAsync(["verify", .. args]);

    // Flips one byte in the middle of section <paramref name="id"/> of a section file (header: section count at 12,
    // directory offset at 32; 32-byte entries: id, element size, offset, length, checksum).
    private static void FlipByteInSection(string path, uint id)
    {
        var file = File.ReadAllBytes(path);
        var count = BitConverter.ToInt32(file, 12);
        var directory = (int)BitConverter.ToInt64(file, 32);
        for (var i = 0; i < count; i++)
        {
            var entry = directory + (i * 32);
            if (BitConverter.ToUInt32(file, entry) == id)
            {
                var (offset, length) = ((int)BitConverter.ToInt64(file, entry + 8), (int)BitConverter.ToInt64(file, entry + 16));
                Assert.True(length > 0, $"section {id} of {path} is empty");
                file[offset + (length / 2)] ^= 0x5A;
                File.WriteAllBytes(path, file);
                return;
            }
        }

        throw new InvalidOperationException($"no section {id} in {path}");
    }

    [Fact]
    public async Task A_sound_store_verifies_with_exit_0_and_one_line_per_file()
    {
        await IngestAsync("faers_ascii_2022Q4_sample.zip");

        var exit = await VerifyAsync();

        Assert.True(exit == 0, _cli.Error.ToString());
        var text = _cli.Console.ToString();
        Assert.Contains("cases.causa (case store, ", text, StringComparison.Ordinal);
        Assert.Contains("names.causaidx (drug-name index, ", text, StringComparison.Ordinal);
        Assert.Contains("2 files verified: all sound.", text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _cli.Error.ToString());

        Assert.Equal(0, await VerifyAsync("--json"));
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        Assert.True(json.RootElement.GetProperty("sound").GetBoolean());
        var store = json.RootElement.GetProperty("files")[0];
        Assert.Equal("cases.causa", store.GetProperty("file").GetString());
        Assert.Equal("ok", store.GetProperty("status").GetString());
        Assert.Equal(new FileInfo(PathIn("cases.causa")).Length, store.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public async Task A_flipped_byte_in_a_section_info_does_not_read_leaves_info_working_but_fails_verify_naming_file_and_section()
    {
        await IngestAsync("faers_ascii_2022Q4_sample.zip");
        // Section 75 holds the cases of each event term: `info` does not read it.
        FlipByteInSection(PathIn("cases.causa"), 75);

        Assert.Equal(0, await _cli.RunAsync("info"));
        var exit = await VerifyAsync();

        Assert.Equal(2, exit);
        Assert.StartsWith($"causa: the case store file is damaged: {PathIn("cases.causa")}: section 75 checksum does not match", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("DAMAGED", _cli.Console.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_saved_scan_and_sources_file_are_each_named()
    {
        await IngestAsync("nico8270_2025q4_sample1000", "faers_ascii_2022Q4_sample.zip");
        Assert.Equal(0, await _cli.RunAsync("signals", "--limit", "1"));
        Assert.Equal(0, await _cli.RunAsync("source", "add", TestData.PathOf("faers_more", "mddc_faers_contingency", "sedative1000.csv")));
        Assert.Equal(0, await VerifyAsync());

        FlipByteInSection(PathIn("signals.causa"), 5); // the EBGM column
        FlipByteInSection(PathIn("evidence.causasrc"), 1); // the one payload section

        var exit = await VerifyAsync("--json");

        Assert.Equal(2, exit);
        var error = _cli.Error.ToString();
        Assert.Contains($"causa: the signal scan file is damaged: {PathIn("signals.causa")}: section 5 checksum does not match", error, StringComparison.Ordinal);
        Assert.Contains($"causa: the evidence sources file is damaged: {PathIn("evidence.causasrc")}: ", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        Assert.False(json.RootElement.GetProperty("sound").GetBoolean());
        var statuses = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("status").GetString());
        Assert.Equal("ok", statuses["cases.causa"]);
        Assert.Equal("damaged", statuses["signals.causa"]);
        Assert.Equal("damaged", statuses["evidence.causasrc"]);
    }

    [Fact]
    public async Task A_stale_name_index_is_reported_as_stale_with_how_it_is_rebuilt_and_is_not_a_failure()
    {
        await IngestAsync("faers_ascii_2022Q4_sample.zip");
        var earlier = File.ReadAllBytes(PathIn("names.causaidx"));
        await IngestAsync("nico8270_2025q4_sample1000");
        File.WriteAllBytes(PathIn("names.causaidx"), earlier);

        var exit = await VerifyAsync();

        Assert.True(exit == 0, _cli.Error.ToString());
        var text = _cli.Console.ToString();
        Assert.Contains("names.causaidx (drug-name index, ", text, StringComparison.Ordinal);
        Assert.Contains("stale, built from an earlier store file", text, StringComparison.Ordinal);
        Assert.Contains("`causa vocab apply` rebuilds it", text, StringComparison.Ordinal);
        Assert.Contains("none damaged; 1 stale", text, StringComparison.Ordinal);

        Assert.Equal(0, await VerifyAsync("--json"));
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        Assert.Equal("stale", json.RootElement.GetProperty("files")[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_damaged_name_index_fails_verify_naming_it()
    {
        await IngestAsync("faers_ascii_2022Q4_sample.zip");
        FlipByteInSection(PathIn("names.causaidx"), 2);

        Assert.Equal(2, await VerifyAsync());
        Assert.StartsWith($"causa: the drug-name index file is damaged: {PathIn("names.causaidx")}: section 2 checksum does not match", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_store_verify_says_how_to_make_one_as_other_commands_do()
    {
        var exit = await VerifyAsync();

        Assert.Equal(1, exit);
        Assert.Contains($"causa: no store at {_cli.StoreDirectory}.", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("causa ingest", _cli.Error.ToString(), StringComparison.Ordinal);
    }
}
