using System.Net;
using Causa.Application;
using Causa.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Causa.Web.Tests.Store;

/// <summary>A store folder without a case store: health and answers are 503 problem+json, never a 500.</summary>
public sealed class NoStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/v1/info")]
    [InlineData("/api/v1/top?drug=aspirin")]
    public async Task Without_a_store_the_site_answers_503_problem_json(string path)
    {
        using var workspace = new CausaWorkspace(_folder.Path);
        using var site = new SiteFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(new WebStore(workspace))));
        using var client = site.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
