using System.Net;
using System.Text.Json;
using Causa.Application;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;
using Causa.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Causa.Web.Tests.Store;

/// <summary>The running site follows the store folder: an ingest while it serves is answered without a restart.</summary>
public sealed class StoreFollowsIngestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_site_started_without_a_store_answers_from_the_store_ingested_while_it_runs()
    {
        using var workspace = new CausaWorkspace(_folder.Path, TimeSpan.Zero);
        var store = new WebStore(workspace);
        using var site = new SiteFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton(store);
            s.AddSingleton<IAnswerPageSource>(new WorkspaceAnswerPageSource(store));
        }));
        using var client = site.CreateClient();
        using (var before = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        }

        Ingest("nico8270_2025q4_sample1000");
        using var health = await client.GetAsync("/healthz");
        using var first = await client.GetAsync("/api/v1/info");
        Ingest("faers_ascii_2022Q4_sample.zip");
        using var second = await client.GetAsync("/api/v1/info");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1000, await CasesAsync(first));
        Assert.Equal(CaseCount(), await CasesAsync(second));
        Assert.NotEqual(1000, await CasesAsync(second));
        // A new store is a new entity tag, so a client revalidating the old answer gets the new one.
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
    }

    private void Ingest(string quarter)
    {
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", quarter)]);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FileCaseSink(_folder.Path), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
    }

    private int CaseCount()
    {
        // Read from the store file itself, not through the site.
        using var store = CaseStore.Open(_folder.Path).Store!;
        return store.CaseCount;
    }

    private static async Task<int> CasesAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("cases").GetInt32();
    }
}
