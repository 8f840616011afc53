using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>
/// Arguments and situations that once gave a wrong, silent or internal answer: each now ends in a message that says
/// what is wrong, with the documented exit code (1 bad input, 2 bad data or environment).
/// </summary>
public sealed class HardeningCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "causa-hardening-" + Guid.NewGuid().ToString("N"));

    public HardeningCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<CliHarness> IngestedStore()
    {
        var cli = new CliHarness();
        Assert.Equal(0, await cli.RunAsync("ingest", TestData.PathOf("faers", "ubesp_2020q3_first10k")));
        return cli;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("--min-count and --limit must be at least 1.", "signals", "--limit", "-3")]
    [InlineData("--min-count and --limit must be at least 1.", "signals", "--limit", "0")]
    [InlineData("--min-count and --limit must be at least 1.", "signals", "--min-count", "-3")]
    [InlineData("--min-count and --limit must be at least 1.", "top", "octreotide", "--limit", "-3")]
    [InlineData("--min-count and --limit must be at least 1.", "top", "octreotide", "--min-count", "-3")]
    [InlineData("'sex' is given twice", "signals", "--strata", "sex,sex")]
    [InlineData("'AGE' is given twice", "signals", "--strata", "age,year,AGE")]
    [InlineData("--eb05 must be a finite number.", "signals", "--eb05", "NaN")]
    public async Task Numeric_options_and_strata_are_checked_the_same_way_in_every_command(string message, params string[] args)
    {
        using var cli = await IngestedStore();

        var exit = await cli.RunAsync(args);

        Assert.Equal(1, exit);
        Assert.Contains(message, cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output.ToString());
    }

    [Theory]
    [InlineData("1e308,1e308,1e308,1e308,0.5")]
    [InlineData("5e307,1e-300,1,1,0.999999")]
    public async Task A_theta_whose_scores_overflow_is_refused_instead_of_writing_NaN(string theta)
    {
        using var cli = new CliHarness();
        var input = Write("pairs.csv", "var1,var2,id\nA,X,1\nA,Y,2\nB,X,3\n");

        var exit = await cli.RunAsync("mgps", input, "--theta", theta);

        Assert.Equal(1, exit);
        Assert.Contains("not finite numbers for 3 of 3 pairs", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output.ToString());
    }

    [Theory]
    [InlineData("1e400,1,1,1,0.5")]
    [InlineData("Infinity,1,1,1,0.5")]
    [InlineData("NaN,1,1,1,0.5")]
    public async Task A_theta_that_is_not_finite_is_refused(string theta)
    {
        using var cli = new CliHarness();
        var input = Write("pairs.csv", "var1,var2,id\nA,X,1\nA,Y,2\nB,X,3\n");

        Assert.Equal(1, await cli.RunAsync("mgps", input, "--theta", theta));
        Assert.Contains("--theta must be five numbers", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var1,var2,id\nA,X,1\n,X,2\n", 3, "var1")]
    [InlineData("var1,var2,id\nA,X,1\nA,  ,2\n", 3, "var2")]
    [InlineData("var1,var2,id\nA,X,\nA,Y,2\n", 2, "id")]
    [InlineData("var1,var2,N,E\nA,X,1,0.5\n\nB,,2,0.5\n", 4, "var2")]
    public async Task An_empty_var1_var2_or_id_value_is_an_error_naming_file_and_line(string table, int line, string column)
    {
        using var cli = new CliHarness();
        var input = Write("rows.csv", table);

        var exit = await cli.RunAsync("mgps", input);

        Assert.Equal(2, exit);
        Assert.Contains($"{input}:{line}: {column} is empty", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output.ToString());
    }

    [Fact]
    public async Task Vocab_import_of_a_folder_without_sources_imports_nothing_and_says_so()
    {
        using var cli = new CliHarness();
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        File.WriteAllText(Path.Combine(empty, "notes.txt"), "not a vocabulary source\n");

        var exit = await cli.RunAsync("vocab", "import", empty);

        Assert.Equal(1, exit);
        Assert.Contains("nothing was imported", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Saved", cli.Console.ToString() + cli.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.StoreDirectory, "vocabulary.causavoc")));
    }

    [Fact]
    public async Task Top_says_so_when_the_saved_signal_scan_is_damaged_and_still_answers()
    {
        using var cli = await IngestedStore();
        Assert.Equal(0, await cli.RunAsync("signals"));
        var scan = Path.Combine(cli.StoreDirectory, "signals.causa");
        // The scan is verified as it is read, so the damage must lie where top reads: every byte of the middle half.
        var bytes = File.ReadAllBytes(scan);
        for (var i = bytes.Length / 4; i < bytes.Length * 3 / 4; i++)
        {
            bytes[i] ^= 0xFF;
        }

        File.WriteAllBytes(scan, bytes);

        Assert.Equal(0, await cli.RunAsync("top", "omalizumab", "--min-count", "1"));
        Assert.Contains($"EBGM and EB05 are not shown: the saved MGPS scan {scan} is unreadable", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("IC025", cli.Console.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await cli.RunAsync("top", "omalizumab", "--min-count", "1", "--json"));
        Assert.Contains("is unreadable", cli.Error.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(cli.Output.ToString()); // standard output stays JSON
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task Top_and_signals_each_say_which_expected_count_they_show()
    {
        // Given a store scanned with the default strata (sex × age group × report year) and one scanned without strata
        using var cli = await IngestedStore();

        // When signals and top show the same drug's pairs
        Assert.Equal(0, await cli.RunAsync("signals", "--drug", "omalizumab"));
        var stratified = cli.Error.ToString();
        Assert.Equal(0, await cli.RunAsync("top", "omalizumab", "--min-count", "1"));
        var top = string.Join(' ', cli.Console.ToString().Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, await cli.RunAsync("signals", "--drug", "omalizumab", "--strata", "none", "--recompute"));
        var unstratified = cli.Error.ToString();

        // Then signals names the strata its E is summed over, top says its expected count is the 2×2 table's, unstratified
        Assert.Contains("E: summed over strata of sex × age group × report year, the expected count EBGM is based on", stratified, StringComparison.Ordinal);
        Assert.Contains("expected: (a+b)(a+c)/N of the 2×2 table, over all cases at once (not stratified)", top, StringComparison.Ordinal);
        Assert.Contains("E: n(drug)·n(event)/N over all cases at once (not stratified)", unstratified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_says_nothing_about_a_scan_that_was_never_computed()
    {
        using var cli = await IngestedStore();

        Assert.Equal(0, await cli.RunAsync("top", "omalizumab", "--min-count", "1"));

        Assert.DoesNotContain("not shown", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("signals")]
    [UnsupportedOSPlatform("windows")]
    public async Task A_read_only_store_folder_is_a_clear_message_naming_the_folder(string command)
    {
        using var cli = await IngestedStore();
        var storeFile = Path.Combine(cli.StoreDirectory, "cases.causa");
        var before = File.ReadAllBytes(storeFile);
        MakeReadOnly(cli.StoreDirectory);
        int exit;
        try
        {
            exit = command == "ingest"
                ? await cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000"))
                : await cli.RunAsync("signals");
        }
        finally
        {
            MakeWritable(cli.StoreDirectory);
        }

        var error = cli.Error.ToString();
        Assert.Equal(2, exit);
        Assert.Contains($"cannot write in the store folder {cli.StoreDirectory} (permission denied", error, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("locked", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(storeFile));
        Assert.Empty(Directory.GetFiles(cli.StoreDirectory, "*.tmp"));
    }

    /// <summary>Takes write permission away; as root, where permissions do not bind, marks the folder immutable instead.</summary>
    [UnsupportedOSPlatform("windows")]
    private static void MakeReadOnly(string folder)
    {
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (IsWritable(folder))
        {
            Run("chattr", "+i", folder);
        }

        Assert.False(IsWritable(folder), $"could not make {folder} read-only (neither permissions nor chattr +i took)");
    }

    [UnsupportedOSPlatform("windows")]
    private static void MakeWritable(string folder)
    {
        if (Environment.UserName == "root")
        {
            Run("chattr", "-i", folder);
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool IsWritable(string folder)
    {
        var probe = Path.Combine(folder, ".probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true });
            process?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No such program: the caller's check says whether the folder is read-only.
        }
    }

    [Fact]
    public async Task A_cancelled_command_exits_130_and_says_nothing_was_changed()
    {
        using var cli = await IngestedStore();
        var before = File.ReadAllBytes(Path.Combine(cli.StoreDirectory, "cases.causa"));
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync();

        var exit = await cli.RunAsync(interrupt.Token, "ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000"));

        Assert.Equal(130, exit);
        Assert.Contains("cancelled; nothing was changed", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(cli.StoreDirectory, "cases.causa")));
    }

    [Fact]
    public async Task A_writer_waiting_for_the_lock_says_so_and_sigterm_cancels_it_cleanly_with_exit_130()
    {
        // A real process, so the real signal handlers run: SIGTERM must do what Ctrl+C does, not kill the writer.
        using var cli = await IngestedStore();
        var storePath = Path.Combine(cli.StoreDirectory, "cases.causa");
        var before = File.ReadAllBytes(storePath);
        Assert.True(StoreWriteLock.TryAcquire(cli.StoreDirectory, "a test holding the lock", TimeSpan.Zero, out var holder, out _));
        using (holder)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet",
                [Path.Combine(AppContext.BaseDirectory, "Causa.Cli.dll"), "--store", cli.StoreDirectory, "ingest", "--wait", "120", TestData.PathOf("faers", "nico8270_2025q4_sample1000")])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            var seen = new StringBuilder();
            string? line;
            // The notice comes once the command runs, so the signal handlers are in place by then.
            while ((line = await process.StandardError.ReadLineAsync(timeout.Token)) is not null)
            {
                seen.AppendLine(line);
                if (line.Contains("waiting up to", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.Contains("the store is being written by process " + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + " (a test holding the lock)", seen.ToString(), StringComparison.Ordinal);
            Assert.Contains("waiting up to 120 s for it (--wait)", seen.ToString(), StringComparison.Ordinal);

            using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
            {
                await signal.WaitForExitAsync(timeout.Token);
            }

            var rest = await process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(130, process.ExitCode);
            Assert.Contains("cancelled; nothing was changed", rest, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(storePath));
        Assert.DoesNotContain(Directory.GetFiles(cli.StoreDirectory), static f => f.Contains(".tmp", StringComparison.Ordinal));
    }
}
