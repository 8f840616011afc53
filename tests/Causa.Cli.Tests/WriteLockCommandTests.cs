using System.Globalization;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>Every writing command waits for the store folder's writer lock up to <c>--wait</c>, then exits 1 naming the holder.</summary>
public sealed class WriteLockCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string[]> WritingCommands => new()
    {
        { new[] { "source", "add", TestData.PathOf("indications", "pharmacotherapydb", "indications.tsv") } },
        { new[] { "vocab", "import", TestData.PathOf("drugnames", "drugsatfda_Products_2023.txt") } },
        { new[] { "vocab", "apply" } },
        { new[] { "ingest", TestData.PathOf("faers", "ubesp_2012q4_tiny") } },
        { new[] { "signals" } },
    };

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public async Task A_writing_command_on_a_held_store_exits_1_naming_the_holder(string[] command)
    {
        if (command[0] == "signals")
        {
            // signals needs a store with enough pairs to fit the MGPS prior before it writes.
            Assert.Equal(0, await _cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000")));
        }

        Assert.True(StoreWriteLock.TryAcquire(_cli.StoreDirectory, "causa ingest big.zip", TimeSpan.Zero, out var holder, out _));
        using (holder)
        {
            var exit = await _cli.RunAsync([.. command, "--wait", "0.2"]);

            Assert.Equal(1, exit);
            var error = _cli.Error.ToString();
            Assert.Contains($"process {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} (causa ingest big.zip)", error, StringComparison.Ordinal);
            Assert.Contains("--wait", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("86401")]
    [InlineData("NaN")]
    public async Task A_wait_outside_0_to_a_day_is_bad_input(string seconds)
    {
        var exit = await _cli.RunAsync("source", "add", TestData.PathOf("indications", "pharmacotherapydb", "indications.tsv"), "--wait", seconds);

        Assert.Equal(1, exit);
        Assert.Contains("--wait takes seconds from 0 to 86400", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_never_take_the_writer_lock()
    {
        Assert.Equal(0, await _cli.RunAsync("ingest", TestData.PathOf("faers", "ubesp_2012q4_tiny")));
        Assert.True(StoreWriteLock.TryAcquire(_cli.StoreDirectory, "causa ingest", TimeSpan.Zero, out var holder, out _));
        using (holder)
        {
            Assert.Equal(0, await _cli.RunAsync("info", "--json"));
            Assert.Equal(0, await _cli.RunAsync("source", "list", "--json"));
        }
    }
}
