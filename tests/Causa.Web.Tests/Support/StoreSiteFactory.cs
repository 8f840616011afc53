using Causa.Application;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Causa.Web.Tests.Support;

/// <summary>
/// The site over a real store: the FAERS sample quarter ingested once into a temporary folder, served through one
/// shared workspace as <c>causa serve</c> serves it. One per test class.
/// </summary>
public sealed class StoreSiteFactory : SiteFactory
{
    private readonly TempFolder _folder = new();

    public StoreSiteFactory()
    {
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        if (error is not null)
        {
            throw new InvalidOperationException(error.ToString());
        }

        var result = new FaersIngestor().Ingest(new FileCaseSink(_folder.Path), sources);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.ErrorMessage);
        }

        Workspace = new CausaWorkspace(_folder.Path);
    }

    /// <summary>The store folder.</summary>
    public string Folder => _folder.Path;

    /// <summary>The workspace the site serves (tests ask it directly for the expected answers).</summary>
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
