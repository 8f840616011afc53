using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary><c>causa quickstart</c> without --from: downloads a quarter (here from a local server standing in for FDA), ingests it, answers.</summary>
public sealed class QuickstartOnlineTests : IAsyncLifetime
{
    private readonly LocalHttpServer _server = new();
    private readonly CliHarness _cli = new();

    // xUnit 2 disposes a test class through IAsyncLifetime, not IAsyncDisposable: without it the local server kept
    // running and the store folder stayed behind in the temp folder after every run.
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _cli.Dispose();
    }

    [Fact]
    public async Task Quickstart_downloads_the_quarter_then_ingests_and_answers()
    {
        _server.Serve("faers_ascii_2017q2.zip", File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2017q2_sample.zip")));

        var exit = await _cli.RunAsync("quickstart", "--quarter", "2017q2", "--base-url", _server.BaseUri.ToString());

        Assert.True(exit == 0, _cli.Error.ToString());
        Assert.True(File.Exists(Path.Combine(_cli.StoreDirectory, "downloads", "faers_ascii_2017q2.zip")));
        var text = _cli.Console.ToString();
        Assert.Contains("First question: causa ask", text, StringComparison.Ordinal);
        Assert.Contains("FAERS reports: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_without_network_or_files_says_how_to_work_offline()
    {
        var exit = await _cli.RunAsync("quickstart", "--quarter", "2031q1", "--base-url", _server.BaseUri.ToString());

        Assert.Equal(2, exit);
        Assert.Contains("--from", _cli.Error.ToString(), StringComparison.Ordinal);
    }
}
