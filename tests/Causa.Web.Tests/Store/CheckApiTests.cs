using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Causa.Application.Articles;
using Causa.Checking;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Store;

/// <summary>
/// <c>POST /api/v1/check</c> and the <c>/check</c> page over a store with labels and indications. The expected ratings
/// are written by hand from the sources: duloxetine is approved for fibromyalgia (DrugCentral) and nausea is one of its
/// label reactions well above placebo (SIDER), so denying it is contradicted.
/// </summary>
public sealed class CheckApiTests(CheckSiteFactory site) : IClassFixture<CheckSiteFactory>
{
    private const string Article = "Duloxetine is approved for fibromyalgia.\n\nDuloxetine does not cause nausea.";

    private static StringContent Body(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);

    private static JsonElement Claim(JsonElement root, string condition) =>
        root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("condition").GetString() == condition);

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/markdown")]
    public async Task A_text_body_is_checked_with_the_evidence_verdicts(string mediaType)
    {
        using var client = site.CreateClient();

        using var response = await client.PostAsync("/api/v1/check", Body(Article, mediaType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fibromyalgia = Claim(json.RootElement, "Fibromyalgia");
        Assert.Equal("DULOXETINE", fibromyalgia.GetProperty("drug").GetString());
        Assert.Equal("treats", fibromyalgia.GetProperty("relation").GetString());
        Assert.Equal("approved", fibromyalgia.GetProperty("verdict").GetString());
        Assert.Equal("supported", fibromyalgia.GetProperty("assessment").GetString());
        var nausea = Claim(json.RootElement, "Nausea");
        Assert.Equal("negated", nausea.GetProperty("polarity").GetString());
        Assert.Equal("contradicted", nausea.GetProperty("assessment").GetString());
        foreach (var key in new[] { "drug", "is_class", "condition", "relation", "polarity", "hedged", "quotes", "verdict", "assessment", "evidence" })
        {
            Assert.True(nausea.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public async Task Json_html_and_the_application_layer_give_the_same_bytes()
    {
        using var client = site.CreateClient();
        var html = "<html><head><title>x</title><style>p{}</style></head><body><p>Duloxetine is approved for fibromyalgia.</p><script>alert(1)</script></body></html>";
        var expected = CheckJson.Serialize(new CheckService(site.Workspace).Check(CheckRequest.FromText(html, ArticleFormat.Html)).Value!) + "\n";

        using var fromHtml = await client.PostAsync("/api/v1/check", Body(html, "text/html"));
        using var fromJson = await client.PostAsync("/api/v1/check", Body(JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = html, ["format"] = "html" }), "application/json"));

        Assert.Equal(expected, await fromHtml.Content.ReadAsStringAsync());
        Assert.Equal(expected, await fromJson.Content.ReadAsStringAsync());
        Assert.DoesNotContain("alert", expected, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, HttpStatusCode> BadBodies => new()
    {
        { "", "text/plain", HttpStatusCode.BadRequest },
        { "   \n  ", "text/plain", HttpStatusCode.BadRequest },
        { "{\"text\": 5}", "application/json", HttpStatusCode.BadRequest },
        { "{\"text\": \"x\", \"format\": \"pdf\"}", "application/json", HttpStatusCode.BadRequest },
        { "{\"text\": ", "application/json", HttpStatusCode.BadRequest },
        { "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "application/json", HttpStatusCode.BadRequest },
        { "Duloxetine", "image/png", HttpStatusCode.UnsupportedMediaType },
        { "Duloxetine\0\0\0\0\0", "text/plain", (HttpStatusCode)422 },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_are_problem_json_with_a_message(string body, string mediaType, HttpStatusCode status)
    {
        using var client = site.CreateClient();

        using var response = await client.PostAsync("/api/v1/check", Body(body, mediaType));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF_8_are_422()
    {
        using var client = site.CreateClient();
        using var content = new ByteArrayContent([0x48, 0x69, 0x20, 0xC3, 0x28, 0x2E]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await client.PostAsync("/api/v1/check", content);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_over_the_character_limit_is_413_and_a_body_over_the_byte_limit_too()
    {
        using var client = site.CreateClient();

        using var overChars = await client.PostAsync("/api/v1/check", Body(new string('a', CheckLimits.MaxInputChars + 1), "text/plain"));
        using var overBytes = await client.PostAsync("/api/v1/check", Body(new string('a', 3 * 1024 * 1024), "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overChars.StatusCode);
        Assert.Contains("200,000 characters", await overChars.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overBytes.StatusCode);
        Assert.Equal("application/problem+json", overBytes.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_page_form_post_shows_each_claim_with_its_rating_and_encodes_the_article()
    {
        using var client = site.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["text"] = Article + "\n\n" + Hostile.Script + " " + Hostile.Attribute,
            ["format"] = "text",
        });

        using var response = await client.PostAsync("/check", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("duloxetine treats fibromyalgia", html, StringComparison.Ordinal);
        Assert.Contains("duloxetine does not cause nausea", html, StringComparison.Ordinal);
        Assert.Contains(">Contradicted<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/duloxetine/fibromyalgia\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Hostile.Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_says_what_is_wrong_with_an_empty_article_and_keeps_the_form()
    {
        using var client = site.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "   " });

        using var response = await client.PostAsync("/check", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The article is empty", html, StringComparison.Ordinal);
        Assert.Contains("<textarea", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_form_is_a_page_with_a_labelled_box()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<label for=\"text\">The article</label>", html, StringComparison.Ordinal);
        Assert.Contains("method=\"post\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
