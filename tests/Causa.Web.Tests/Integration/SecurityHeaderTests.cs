using System.Net;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Integration;

public sealed class SecurityHeaderTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string ExpectedPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/mirtazapine/back-pain", HttpStatusCode.OK)]
    [InlineData("/no/such/page/here", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/version", HttpStatusCode.OK)]
    [InlineData("/api/v1/nothing", HttpStatusCode.NotFound)]
    [InlineData("/boom/back-pain", HttpStatusCode.InternalServerError)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(ExpectedPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/mirtazapine/back-pain");

        // Every <script> has a src from /assets; no style attribute or <style> element anywhere (the CSP would block them).
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("<script src=\"/assets/causa.js\\?v=[0-9a-f]{16}\" defer></script>", html);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_are_served_by_Causa_with_their_types_and_long_caching()
    {
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/assets/causa.css\\?v=[0-9a-f]+)\"").Groups[1].Value;

        using var response = await client.GetAsync(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("system-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
