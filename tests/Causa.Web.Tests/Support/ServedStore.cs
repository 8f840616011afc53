using Causa.Application;
using Causa.Application.Sources;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Web.Tests.Support;

/// <summary>
/// What a test site serves, built as <c>causa serve</c> builds it: a temporary store folder filled with <see cref="SiteData"/>,
/// one workspace over it, the <see cref="WebStore"/> and the page source. With <see cref="SiteData.None"/> there is no
/// folder or workspace, and the pages come from <see cref="TestPageSource"/>.
/// </summary>
public sealed class ServedStore : IDisposable
{
    private readonly TempFolder? _folder;

    public ServedStore(SiteData data)
    {
        if (data == SiteData.None)
        {
            Store = new WebStore(null);
            Pages = new TestPageSource();
            return;
        }

        _folder = new TempFolder();
        Fill(_folder.Path, data);
        Workspace = new CausaWorkspace(_folder.Path);
        Store = new WebStore(Workspace);
        Pages = new WorkspaceAnswerPageSource(Store);
    }

    /// <summary>The store folder, or null without a store.</summary>
    public string? Folder => _folder?.Path;

    /// <summary>The workspace the site serves (tests ask it directly for the expected answers), or null without a store.</summary>
    public CausaWorkspace? Workspace { get; }

    /// <summary>The store the site answers from.</summary>
    public WebStore Store { get; }

    /// <summary>Where the site's pages come from.</summary>
    public IAnswerPageSource Pages { get; }

    public void Dispose()
    {
        Workspace?.Dispose();
        _folder?.Dispose();
    }

    private static void Fill(string folder, SiteData data)
    {
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        if (error is not null)
        {
            throw new InvalidOperationException(error.ToString());
        }

        var ingest = new FaersIngestor().Ingest(new FileCaseSink(folder), sources);
        if (!ingest.Succeeded)
        {
            throw new InvalidOperationException(ingest.ErrorMessage);
        }

        if (data == SiteData.FaersSampleWithSources)
        {
            var added = new SourceService(folder, TimeProvider.System).Add(new SourceAddRequest(
                [TestData.PathOf("labels", "sider4.1"), TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv")]));
            if (!added.Succeeded)
            {
                throw new InvalidOperationException(added.Error.Message);
            }
        }
    }
}
