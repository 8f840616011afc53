using System.Net;
using System.Text.RegularExpressions;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Integration;

public sealed class PageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Ask_with_a_whole_question_answers_303_to_the_canonical_page()
    {
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/ask?q=does+remeron+cause+back+pain%3F");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith("/mirtazapine/back-pain?", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_fields_answers_303_to_the_canonical_page()
    {
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/ask?drug=Remeron&condition=rugpijn");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith("/mirtazapine/back-pain?", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_nothing_goes_home()
    {
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/ask?q=+");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Another_spelling_in_the_address_moves_permanently_to_the_canonical_page()
    {
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync("/remeron/backache");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/mirtazapine/back-pain", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_answer_page_shows_how_the_typed_words_were_read()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/ask?q=" + Uri.EscapeDataString("remeron rugpijn"));

        Assert.Contains("“remeron” → mirtazapine <span class=\"how\">(brand name)</span>", html, StringComparison.Ordinal);
        Assert.Contains("“rugpijn” → back pain <span class=\"how\">(Dutch)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_page_follows_the_order_of_the_sketch()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/mirtazapine/back-pain");
        string[] headings = ["The short answer", "When to see a doctor", "What the evidence says", "Who reports this and when", "You could also ask", "For analysts", "What these numbers cannot tell you"];
        var positions = headings.Select(h => html.IndexOf(">" + h + "</h2>", StringComparison.Ordinal)).ToList();

        Assert.All(positions, static p => Assert.True(p > 0));
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.True(html.IndexOf("<h1>", StringComparison.Ordinal) < positions[0]);
    }

    [Fact]
    public async Task Headings_never_skip_a_level()
    {
        using var client = site.CreateClient();
        foreach (var path in new[] { "/", "/mirtazapine/back-pain", "/drugs/mirtazapine", "/events/back-pain", "/cases/10231642", "/api-docs", "/mirtazapine/pain", "/nope/nope" })
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var levels = Regex.Matches(html, "<h([1-6])[ >]").Select(static m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

            Assert.Equal(1, levels.Count(static l => l == 1));
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i]} after h{levels[i - 1]}");
            }
        }
    }

    [Fact]
    public async Task Verdict_labels_carry_their_meanings_in_the_same_words_everywhere()
    {
        using var client = site.CreateClient();

        var answer = await client.GetStringAsync("/mirtazapine/back-pain");
        var home = await client.GetStringAsync("/");
        const string Weak = "<span class=\"verdict-word\" data-verdict=\"weak\">Weak evidence</span> <span class=\"verdict-meaning\">listed or reported, but not clearly more often than without the drug</span>";

        // The legend carries each label in words with its meaning; on the answer page the label stands beside its
        // sentence. The code the API writes stays in data-verdict, never as the label a reader sees.
        Assert.Contains(Weak, home, StringComparison.Ordinal);
        Assert.Contains("<p class=\"verdict-tag\"><span class=\"verdict-word\" data-verdict=\"weak\">Weak evidence</span></p>", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_that_cannot_answer_fold_into_one_line_that_names_them_all()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/mirtazapine/back-pain");

        // One closed disclosure after the evidence blocks, its summary naming every such source; no block of their own.
        var start = html.IndexOf("<details class=\"silent\">", StringComparison.Ordinal);
        Assert.True(start > html.IndexOf("class=\"evidence-block\"", StringComparison.Ordinal));
        Assert.Contains("<summary>Also checked, no data for this pair: SIDER 4.1 (drug labels) pair table, MDDC FAERS contingency table</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>MDDC FAERS contingency table</strong>: Back pain is not among the events the table lists for mirtazapine.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h3 id=\"evidence-3\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trend_is_a_server_drawn_chart_with_a_sentence_a_hidden_table_and_the_years_it_cannot_show()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/mirtazapine/back-pain");

        Assert.Contains("<h2 id=\"over-the-years\">Has it been reported more over the years?</h2>", html, StringComparison.Ordinal);
        Assert.Matches("<svg class=\"intervals\"[^>]*role=\"img\" aria-labelledby=\"trend-chart-title trend-chart-desc\"", html);
        Assert.Contains("<th scope=\"row\">2025</th>", html, StringComparison.Ordinal);
        Assert.Contains("in 2019.</li>", html, StringComparison.Ordinal);
        Assert.Contains("3 reports have no date of receipt and are in no year.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analyst_section_is_collapsed_and_the_charts_have_text_equivalents()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/mirtazapine/back-pain");

        Assert.Contains("<details class=\"analyst-details\"><summary>", html, StringComparison.Ordinal);
        Assert.Equal(Regex.Matches(html, "<svg ").Count, Regex.Matches(html, "<div class=\"visually-hidden\">\\s*<table>").Count);
        Assert.Equal(6, Regex.Matches(html, "<svg class=\"bars\"[^>]*role=\"img\" aria-labelledby=\"[a-z0-9-]+-title [a-z0-9-]+-desc\"").Count);
    }

    [Fact]
    public async Task An_ambiguous_word_gives_a_page_of_choices()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/mirtazapine/pain");

        Assert.Contains("<h1>Which did you mean?</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/mirtazapine/back-pain\">back pain</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_labels_every_field_and_offers_completions()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"big-label\" for=\"q\">Your question</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"drug\">Medicine</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"condition\">Symptom or condition</label>", html, StringComparison.Ordinal);
        Assert.Contains("<datalist id=\"drug-names\"><option value=\"mirtazapine\"></option>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ask?q=does%20remeron%20cause%20back%20pain%3F\">does remeron cause back pain?</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_main_navigation_links_to_the_article_checker()
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<nav aria-label=\"Main\">", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/check\">Check an article</a></li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/drugs/mirtazapine", "<h1>mirtazapine</h1>")]
    [InlineData("/events/back-pain", "<h1>back pain</h1>")]
    [InlineData("/cases/10231642", "<h1>Report 10231642</h1>")]
    [InlineData("/api-docs", "<h1>Causa's API</h1>")]
    public async Task Shell_pages_render(string path, string heading)
    {
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(path);

        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_page()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/cases/1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/mirtazapine/back-pain")]
    public async Task Pages_answer_HEAD(string path)
    {
        using var client = site.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
