using Causa.Cli.Site;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>
/// The README's main command ends with the site running: <c>quickstart --from ... --serve</c> ingests, loads the sources
/// it finds, answers a first question, then runs the site (here a fake runner; tests/Causa.Host.Tests runs the real
/// one) over the store until cancelled, ending with exit code 0. A build without the site refuses before any work.
/// </summary>
public sealed class QuickstartServeTests : IDisposable
{
    private readonly FakeSiteRunner _site = new();
    private readonly CliHarness _cli;

    public QuickstartServeTests()
    {
        _cli = new CliHarness { SiteRunner = _site };
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Quickstart_with_serve_ends_serving_the_store_until_cancelled()
    {
        using var stop = new CancellationTokenSource();
        var run = _cli.RunAsync(stop.Token, "quickstart", "--from", TestData.PathOf("faers", "nico8270_2025q4_sample1000"), "--serve", "--urls", "http://127.0.0.1:5999");

        await _site.Started.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, _cli.Error.ToString());
        Assert.Equal([new SiteRequest(_cli.StoreDirectory, "http://127.0.0.1:5999", SiteRequest.DefaultApiPermitsPerWindow)], _site.Requests);
        Assert.Contains("First question:", _cli.Console.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Causa is serving {_cli.StoreDirectory} at http://127.0.0.1:5999/ (Ctrl+C to stop)", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_without_serve_still_ends_after_the_first_answer()
    {
        var exit = await _cli.RunAsync("quickstart", "--from", TestData.PathOf("faers", "nico8270_2025q4_sample1000"));

        Assert.True(exit == 0, _cli.Error.ToString());
        Assert.Empty(_site.Requests);
        Assert.DoesNotContain("Causa is serving", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_with_serve_in_a_build_without_the_site_says_which_build_has_it_before_any_work()
    {
        using var cli = new CliHarness();

        var exit = await cli.RunAsync("quickstart", "--from", TestData.PathOf("faers", "nico8270_2025q4_sample1000"), "--serve");

        Assert.Equal(1, exit);
        Assert.Equal("causa: this build of causa has no web site (the native binary and src/Causa.Cli alone leave it out); run quickstart --serve from the normal build (dotnet run --project src/Causa.Host -c Release -- quickstart --serve)." + Environment.NewLine,
            cli.Error.ToString());
        Assert.False(Directory.Exists(cli.StoreDirectory), "nothing was ingested");
    }
}
