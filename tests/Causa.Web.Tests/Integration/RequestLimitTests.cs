using System.Net;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Integration;

public sealed class RequestLimitTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly WebOptions Defaults = new();

    [Fact]
    public async Task A_query_over_the_limit_is_refused_with_414_page()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/ask?q=" + new string('a', Defaults.MaxQueryLength));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This address is too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_at_the_limit_is_served()
    {
        using var client = site.CreateClient();
        var query = "?q=" + new string('a', Defaults.MaxQueryLength - 3);

        using var response = await client.GetAsync("/ask" + query);

        Assert.Equal(Defaults.MaxQueryLength, query.Length);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_path_over_the_limit_is_refused_with_414_problem_json_under_api()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/api/v1/" + new string('a', Defaults.MaxUrlLength));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var client = site.CreateClient();
        using var content = new ByteArrayContent(new byte[Defaults.MaxRequestBodyBytes + 1]);

        using var response = await client.PostAsync("/api/v1/version", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
