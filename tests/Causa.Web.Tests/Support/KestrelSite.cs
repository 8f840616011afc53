using Causa.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Causa.Web.Tests.Support;

/// <summary>
/// The site on real Kestrel on a free loopback port, built through CausaWebApplication.Create exactly as
/// <c>causa serve</c> builds it, over <see cref="SiteData"/> (the test page source when used as a class fixture).
/// One per test class.
/// </summary>
public sealed class KestrelSite : IAsyncLifetime
{
    private readonly SiteData _data;
    private ServedStore? _served;
    private WebApplication? _app;

    /// <summary>The site over <see cref="TestPageSource"/>, without a store.</summary>
    public KestrelSite()
        : this(SiteData.None)
    {
    }

    internal KestrelSite(SiteData data) => _data = data;

    /// <summary>The site's address, ending in a slash.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the site serves; set once <see cref="InitializeAsync"/> has run.</summary>
    public ServedStore Served => _served ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        _served = new ServedStore(_data);
        _app = CausaWebApplication.Create(new WebOptions { Urls = "http://127.0.0.1:0" }, _served.Pages, _served.Store);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _served?.Dispose();
    }
}
