using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Store;

/// <summary>The article checker on a site without a store folder (the preview host): 503, never a crash.</summary>
public sealed class CheckWithoutStoreTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_API_answers_503_problem_json()
    {
        using var client = site.CreateClient();

        using var response = await client.PostAsync("/api/v1/check", new StringContent("Duloxetine is approved for fibromyalgia.", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_page_says_so_and_keeps_what_was_pasted()
    {
        using var client = site.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Duloxetine <b>helps</b>." });

        using var response = await client.PostAsync("/check", form);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("no store folder", html, StringComparison.Ordinal);
        Assert.Contains("Duloxetine &lt;b&gt;helps&lt;/b&gt;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_body_over_the_check_limit_is_413()
    {
        using var client = site.CreateClient();
        using var content = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/check", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
