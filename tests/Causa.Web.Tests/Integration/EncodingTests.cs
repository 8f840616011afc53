using System.Net;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Integration;

public sealed class EncodingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/hostile/x")]
    [InlineData("/unknown-hostile/x")]
    public async Task Hostile_names_are_written_as_text(string path)
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(Hostile.Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        // Only Causa's own script element exists.
        Assert.Equal(1, CountOf(html, "<script"));
    }

    [Fact]
    public async Task Hostile_names_in_links_stay_inside_one_escaped_path_segment()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/hostile/x");

        // The see-also link to the drug page of "<script>alert(1)</script>drug".
        Assert.Contains("href=\"/drugs/%3Cscript%3Ealert%281%29%3C%2Fscript%3Edrug\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_names_in_charts_are_encoded_in_SVG_text_and_the_hidden_table()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/hostile/x");

        Assert.Contains("<text class=\"bar-label\" x=\"0\" y=\"16\">On &lt;script&gt;alert(1)&lt;/script&gt;drug</text>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">On &lt;script&gt;alert(1)&lt;/script&gt;drug</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_question_is_read_as_text_and_never_redirects_off_the_site()
    {
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/ask?q=" + Uri.EscapeDataString(Hostile.Script));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Hostile.Script, html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
