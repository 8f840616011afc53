using System.IO.Compression;

namespace Causa.Cli.Tests;

public sealed class SynthCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CliHarness _cli = new() { Width = 400 };

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Synth_writes_the_zip_and_the_truth_file_and_reports_the_row_counts()
    {
        var zip = Path.Combine(_folder.Path, "q.zip");

        var exit = await RunAsync("synth", zip, "--reports", "800", "--seed", "5", "--quarter", "2030q2");

        Assert.Equal(0, exit);
        using (var archive = ZipFile.OpenRead(zip))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "ASCII/DEMO30Q2.txt");
            Assert.Contains(archive.Entries, e => e.FullName == "Deleted/DELETE30Q2.txt");
            using var demo = new StreamReader(archive.GetEntry("ASCII/DEMO30Q2.txt")!.Open());
            var lines = demo.ReadToEnd().Split("\r\n");
            Assert.Equal(801, lines.Length);
        }

        var truth = File.ReadAllLines(Path.Combine(_folder.Path, "q.truth.csv"));
        Assert.Equal("drug,event,relative_risk,kind,background_rate,reports", truth[0]);
        Assert.Equal(49, truth.Length);
        var text = _cli.Console.ToString();
        Assert.Contains("800 reports", text, StringComparison.Ordinal);
        Assert.Contains("24 planted, 24 null pairs", text, StringComparison.Ordinal);
        Assert.Contains("DRUG", text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _cli.Error.ToString());
    }

    [Fact]
    public async Task Synth_is_deterministic_for_a_seed()
    {
        var first = Path.Combine(_folder.Path, "a.zip");
        var second = Path.Combine(_folder.Path, "b.zip");

        Assert.Equal(0, await RunAsync("synth", first, "--reports", "300", "--seed", "9"));
        Assert.Equal(0, await RunAsync("synth", second, "--reports", "300", "--seed", "9"));

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Theory]
    [InlineData("--quarter", "2031q5", "is not a FAERS quarter")]
    [InlineData("--quarter", "2010q1", "is not a FAERS quarter")]
    [InlineData("--reports", "0", "--reports must be between")]
    [InlineData("--reports", "9999999", "--reports must be between")]
    public async Task Synth_rejects_bad_arguments_with_exit_1(string option, string value, string message)
    {
        var zip = Path.Combine(_folder.Path, "q.zip");

        var exit = await RunAsync("synth", zip, option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Synth_into_an_unwritable_place_exits_2()
    {
        var blocker = Path.Combine(_folder.Path, "file");
        await File.WriteAllTextAsync(blocker, "x");

        var exit = await RunAsync("synth", Path.Combine(blocker, "q.zip"), "--reports", "10");

        Assert.Equal(2, exit);
        Assert.Contains("cannot write", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args) => _cli.RunAsync(args);
}
