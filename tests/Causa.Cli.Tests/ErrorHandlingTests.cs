namespace Causa.Cli.Tests;

public sealed class ErrorHandlingTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Unknown_command_exits_1_with_a_message()
    {
        Assert.Equal(1, await _cli.RunAsync("frobnicate"));
        Assert.Contains("causa:", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest", "")]
    [InlineData("ingest", " ")]
    [InlineData("vocab", "import", "")]
    [InlineData("synth", "")]
    [InlineData("quickstart", "--from", "")]
    [InlineData("signals", "--output", "")]
    [InlineData("mgps", "table.csv", "--output", "")]
    [InlineData("--store", "", "info")]
    [InlineData("ask", "\t", "nausea")]
    public async Task A_blank_argument_is_bad_input_with_a_message_not_an_internal_error(params string[] args)
    {
        var exit = await _cli.RunAsync(args);

        Assert.Equal(1, exit);
        Assert.Contains("is empty", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("bug", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_path_that_is_a_file_is_an_io_error_not_a_stack_trace()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cli.StoreDirectory)!);
        File.WriteAllText(_cli.StoreDirectory, "not a folder");
        try
        {
            var exit = await _cli.RunAsync("ingest", Causa.Tests.Shared.TestData.PathOf("faers", "nico8270_2025q4_sample1000"));

            Assert.Equal(2, exit);
            Assert.StartsWith("causa:", _cli.Error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", _cli.Error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(_cli.StoreDirectory);
        }
    }
}
