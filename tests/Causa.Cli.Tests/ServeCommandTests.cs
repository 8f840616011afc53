using Causa.Application.Errors;
using Causa.Cli.Site;

namespace Causa.Cli.Tests;

/// <summary><c>causa serve</c> parses its options into one <see cref="SiteRequest"/> for the context's site runner, puts
/// the runner's notices and errors into the CLI's words, and in a build without a runner says which build has the site.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly CliHarness _plain = new();

    public void Dispose() => _plain.Dispose();

    [Fact]
    public async Task Serve_gives_the_runner_the_store_the_addresses_and_the_rate_limit()
    {
        var site = new FakeSiteRunner();
        using var cli = new CliHarness { SiteRunner = site };
        using var stop = new CancellationTokenSource();

        var run = cli.RunAsync(stop.Token, "serve", "--urls", "http://127.0.0.1:5998;http://[::1]:5998", "--rate-limit", "0");
        await site.Started.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, exit);
        Assert.Equal([new SiteRequest(cli.StoreDirectory, "http://127.0.0.1:5998;http://[::1]:5998", 0)], site.Requests);
        Assert.Equal($"Causa is serving {cli.StoreDirectory} at http://127.0.0.1:5998/ (Ctrl+C to stop){Environment.NewLine}"
            + $"Causa is serving {cli.StoreDirectory} at http://[::1]:5998/ (Ctrl+C to stop){Environment.NewLine}", cli.Output.ToString());
    }

    [Fact]
    public async Task Serve_defaults_to_loopback_and_the_sites_own_rate_limit()
    {
        var site = new FakeSiteRunner();
        using var cli = new CliHarness { SiteRunner = site };
        using var stop = new CancellationTokenSource();

        var run = cli.RunAsync(stop.Token, "serve");
        await site.Started.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal([new SiteRequest(cli.StoreDirectory, "http://127.0.0.1:5080", 120)], site.Requests);
    }

    [Fact]
    public async Task Serve_over_a_folder_without_a_store_says_the_site_answers_503_until_an_ingest()
    {
        var site = new FakeSiteRunner { NotReady = new Error(ErrorKind.NoStore, "no store at /somewhere.", Remedy: Core.Remedy.IngestFirst) };
        using var cli = new CliHarness { SiteRunner = site };
        using var stop = new CancellationTokenSource();

        var run = cli.RunAsync(stop.Token, "serve");
        await site.Started.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.StartsWith("causa: no store at /somewhere. The site will answer 503 until a store is ingested into this folder." + Environment.NewLine, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_an_address_that_cannot_be_used_is_bad_input_in_one_line()
    {
        var site = new FakeSiteRunner { Failure = Error.BadInput("cannot listen on http://127.0.0.1:1: address in use") };
        using var cli = new CliHarness { SiteRunner = site };

        var exit = await cli.RunAsync("serve", "--urls", "http://127.0.0.1:1");

        Assert.Equal(1, exit);
        Assert.Equal("causa: cannot listen on http://127.0.0.1:1: address in use" + Environment.NewLine, cli.Error.ToString());
        Assert.Empty(cli.Output.ToString());
    }

    [Fact]
    public async Task Serve_refuses_a_negative_rate_limit()
    {
        var site = new FakeSiteRunner();
        using var cli = new CliHarness { SiteRunner = site };

        var exit = await cli.RunAsync("serve", "--rate-limit", "-1");

        Assert.Equal(1, exit);
        Assert.Equal("causa: --rate-limit must be 0 (off) or more." + Environment.NewLine, cli.Error.ToString());
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Serve_in_a_build_without_the_site_says_which_build_has_it_in_one_line()
    {
        var exit = await _plain.RunAsync("serve", "--urls", "http://127.0.0.1:5997");

        Assert.Equal(1, exit);
        Assert.Equal("causa: this build of causa has no web site (the native binary and src/Causa.Cli alone leave it out); run serve from the normal build (dotnet run --project src/Causa.Host -c Release -- serve)." + Environment.NewLine,
            _plain.Error.ToString());
        Assert.Empty(_plain.Output.ToString());
    }
}
