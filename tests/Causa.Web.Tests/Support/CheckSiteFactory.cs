using Causa.Application;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Causa.Web.Tests.Support;

/// <summary>The site over a store with the FAERS sample and label and indication sources (<see cref="CheckStore"/>),
/// served through one shared workspace as <c>causa serve</c> serves it. One per test class.</summary>
public sealed class CheckSiteFactory : SiteFactory
{
    private readonly TempFolder _folder = new();

    public CheckSiteFactory()
    {
        CheckStore.Fill(_folder.Path);
        Workspace = new CausaWorkspace(_folder.Path);
    }

    /// <summary>The workspace the site serves.</summary>
    public CausaWorkspace Workspace { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var store = new WebStore(Workspace);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(store);
            services.AddSingleton<IAnswerPageSource>(new WorkspaceAnswerPageSource(store));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Workspace.Dispose();
            _folder.Dispose();
        }
    }
}
