using System.Net;
using System.Text.Json;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Integration;

public sealed class ErrorResponseTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_page_that_throws_gives_an_HTML_error_page_without_details()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/boom/back-pain");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Something went wrong on our side", html, StringComparison.Ordinal);
        AssertNoDetails(html);
    }

    [Fact]
    public async Task An_API_call_that_throws_gives_problem_json_without_details()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/api/v1/complete?field=drug&prefix=boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("traceId").GetString()));
        AssertNoDetails(body);
    }

    [Theory]
    [InlineData("/api/v1/complete?field=colour&prefix=mi", 400)]
    [InlineData("/api/v1/complete?field=drug", 400)]
    [InlineData("/api/v1/complete?field=drug&prefix=mi&limit=500", 400)]
    [InlineData("/api/v1/complete?field=drug&prefix=mi&limit=abc", 400)]
    [InlineData("/api/v1/no-such-endpoint", 404)]
    [InlineData("/api/v1", 404)]
    [InlineData("/api", 404)]
    public async Task API_errors_are_problem_json(string path, int status)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_method_the_API_does_not_take_is_problem_json()
    {
        using var client = site.CreateClient();

        using var response = await client.DeleteAsync("/api/v1/version");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_address_gives_the_404_page()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/no/such/page/here");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>We could not find that</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_drug_gives_a_404_page_with_did_you_mean_links()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/mirtazepine/back-pain");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Did you mean", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/drugs/mirtazapine\">mirtazapine</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_answers_with_the_name_and_API_version()
    {
        using var client = site.CreateClient();

        using var info = JsonDocument.Parse(await client.GetStringAsync("/api/v1/version"));

        Assert.Equal("causa", info.RootElement.GetProperty("name").GetString());
        Assert.Equal("v1", info.RootElement.GetProperty("api").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API_and_not_the_pages()
    {
        using var client = site.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(static p => p.Name).ToList();

        Assert.Contains("/api/v1/version", paths);
        Assert.Contains("/api/v1/complete", paths);
        Assert.Contains("/api/v1/info", paths);
        Assert.Contains("/api/v1/ask", paths);
        Assert.Contains("/api/v1/cases/{caseid}", paths);
        Assert.Contains("/healthz", paths);
        Assert.All(paths.Where(static p => p != "/healthz"), static p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }

    private static void AssertNoDetails(string body)
    {
        Assert.DoesNotContain("secret-internal-detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }
}
