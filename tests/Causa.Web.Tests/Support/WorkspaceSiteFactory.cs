using Causa.Application;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Causa.Web.Tests.Support;

/// <summary>
/// The site in the test server over a real store (<see cref="SiteData"/>), served through one shared workspace as
/// <c>causa serve</c> serves it. One per test class; the subclasses only choose the data.
/// </summary>
public abstract class WorkspaceSiteFactory : SiteFactory
{
    private readonly ServedStore _served;

    protected WorkspaceSiteFactory(SiteData data)
    {
        if (data == SiteData.None)
        {
            throw new ArgumentOutOfRangeException(nameof(data), "A workspace site needs a store.");
        }

        _served = new ServedStore(data);
    }

    /// <summary>The store folder.</summary>
    public string Folder => _served.Folder!;

    /// <summary>The workspace the site serves (tests ask it directly for the expected answers).</summary>
    public CausaWorkspace Workspace => _served.Workspace!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(_served.Store);
            services.AddSingleton(_served.Pages);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _served.Dispose();
        }
    }
}
