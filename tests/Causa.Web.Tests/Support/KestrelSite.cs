using Causa.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Causa.Web.Tests.Support;

/// <summary>
/// The site on real Kestrel on a free loopback port, built through CausaWebApplication.Create exactly as
/// <c>causa serve</c> will build it. One per test class.
/// </summary>
public sealed class KestrelSite : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        _app = CausaWebApplication.Create(new WebOptions { Urls = "http://127.0.0.1:0" }, new TestPageSource());
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
    }

}
