using System.Net;
using System.Net.Sockets;
using Causa.Application.Errors;
using Causa.Cli.Site;
using Causa.Web;

namespace Causa.Host.Tests;

/// <summary>The runner the <c>causa</c> executable gives <c>serve</c>: Causa.Web over a store folder, with the request's
/// address and rate limit, until cancelled; an address that cannot be used is bad input, not a stack trace.</summary>
public sealed class WebSiteRunnerTests
{
    [Fact]
    public void The_clis_defaults_are_the_sites_own()
    {
        var site = new WebOptions();

        Assert.Equal(SiteRequest.DefaultUrls, site.Urls);
        Assert.Equal(SiteRequest.DefaultApiPermitsPerWindow, site.ApiPermitsPerWindow);
        Assert.Equal(TimeSpan.FromSeconds(SiteRequest.ApiWindowSeconds), site.ApiWindow);
        Assert.True(site.ApiRateLimitEnabled);
    }

    [Theory]
    [InlineData(0, false, 1)]
    [InlineData(1, true, 1)]
    [InlineData(120, true, 120)]
    [InlineData(5000, true, 5000)]
    public void The_rate_limit_maps_to_the_sites_options_with_0_turning_it_off(int permits, bool enabled, int perWindow)
    {
        var options = WebSiteRunner.Options(new SiteRequest("/store", "http://127.0.0.1:1234", permits));

        Assert.Equal("http://127.0.0.1:1234", options.Urls);
        Assert.Equal(enabled, options.ApiRateLimitEnabled);
        Assert.Equal(perWindow, options.ApiPermitsPerWindow);
        Assert.Same(options, options.Validated());
    }

    [Fact]
    public async Task A_folder_without_a_store_is_served_answering_503_until_cancelled()
    {
        using var folder = new TempFolder();
        var notices = new RecordedNotices();
        var url = $"http://127.0.0.1:{FreeLoopbackPort()}";
        using var stop = new CancellationTokenSource();

        var run = new WebSiteRunner().RunAsync(new SiteRequest(folder.Path, url, 0), notices, stop.Token);
        var addresses = await notices.Listening.WaitAsync(TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();
        var error = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Null(error);
        Assert.Equal([url], addresses);
        Assert.Equal(Path.GetFullPath(folder.Path), notices.ServedDirectory);
        Assert.Equal(ErrorKind.NoStore, Assert.Single(notices.NotReady).Kind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task An_address_in_use_is_bad_input_naming_it()
    {
        using var folder = new TempFolder();
        using var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)occupied.LocalEndpoint).Port}";

        var error = await new WebSiteRunner().RunAsync(new SiteRequest(folder.Path, url, 120), new RecordedNotices(), CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.NotNull(error);
        Assert.Equal(ErrorKind.BadInput, error.Kind);
        Assert.StartsWith($"cannot listen on {url}: ", error.Message, StringComparison.Ordinal);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
