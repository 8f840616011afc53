using System.Net;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Integration;

/// <summary>The article checker's POSTs share the API's rate limit (a fresh site: the limit's window is per site).</summary>
public sealed class CheckRateLimitTests(RateLimitedSiteFactory site) : IClassFixture<RateLimitedSiteFactory>
{
    [Fact]
    public async Task Article_checks_by_API_and_by_form_count_against_the_API_limit()
    {
        using var client = site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var api = await client.PostAsync("/api/v1/check", new StringContent("x", System.Text.Encoding.UTF8, "text/plain"));
            using var form = await client.PostAsync("/check", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "x" }));
            statuses.Add(api.StatusCode);
            statuses.Add(form.StatusCode);
        }

        using var page = await client.GetAsync("/check");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(3, statuses.Count(static s => s != HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
