using System.Text;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary><c>causa ingest --accept-mostly-rejected-tables</c>: a table whose rows are all or mostly rejected fails the
/// ingest (exit 2, store unchanged, the message names the flag) unless the flag asks to keep its accepted rows.</summary>
public sealed class RejectedTableTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "causa-rejected-" + Guid.NewGuid().ToString("N"));

    public RejectedTableTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The 2025Q4 sample with every REAC row but the first made unparseable (a letter before its primaryid).</summary>
    private string MostlyRejectedQuarter()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "quarter")).FullName;
        foreach (var file in Directory.GetFiles(TestData.PathOf("faers", "nico8270_2025q4_sample1000")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var reac = Path.Combine(folder, "REAC25Q4.txt");
        var lines = Encoding.Latin1.GetString(File.ReadAllBytes(reac)).Split("\r\n");
        for (var i = 2; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                lines[i] = "X" + lines[i];
            }
        }

        File.WriteAllBytes(reac, Encoding.Latin1.GetBytes(string.Join("\r\n", lines)));
        return folder;
    }

    [Fact]
    public async Task A_mostly_rejected_table_fails_the_ingest_and_the_message_names_the_flag()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunAsync("ingest", MostlyRejectedQuarter());

        Assert.Equal(2, exit);
        var error = cli.Error.ToString();
        Assert.Contains("rows rejected", error, StringComparison.Ordinal);
        Assert.Contains("--accept-mostly-rejected-tables", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.StoreDirectory, "cases.causa")));
    }

    [Fact]
    public async Task With_the_flag_the_accepted_rows_are_kept_with_a_warning()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunAsync("ingest", "--accept-mostly-rejected-tables", MostlyRejectedQuarter());

        Assert.Equal(0, exit);
        Assert.Contains("accepted as asked", cli.Console.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await cli.RunAsync("info", "--json"));
        Assert.Contains("\"reaction_rows\": 1,", cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_flag_is_documented_in_the_ingest_help()
    {
        using var cli = new CliHarness();

        Assert.Equal(0, await cli.RunAsync("ingest", "--help"));

        Assert.Contains("--accept-mostly-rejected-tables", cli.Output.ToString(), StringComparison.Ordinal);
    }
}
