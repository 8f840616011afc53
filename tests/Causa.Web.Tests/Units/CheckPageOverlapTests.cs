using AngleSharp.Html.Parser;
using Causa.Checking;
using Causa.Web.Components;
using Causa.Web.Models;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Causa.Web.Tests.Units;

/// <summary>
/// The result page when claims' quotes overlap or nest: rendered by the real page component and read back with an
/// HTML parser, the way a browser builds the document.
/// </summary>
public sealed class CheckPageOverlapTests
{
    // A short text written for this test; the quotes are set by hand so that they nest and cross.
    private const string Text = "Headline <b>&amp</b>\n\nDrug A can cause nausea and \"rash\" <script>x()</script>. Plain end.";

    [Fact]
    public async Task Overlapping_and_nested_quotes_are_cut_into_flat_marks_and_every_claim_keeps_its_label()
    {
        var sentence = Text.IndexOf("Drug A", StringComparison.Ordinal);
        var sentenceEnd = Text.IndexOf(". Plain", StringComparison.Ordinal) + 1;
        var nausea = Text.IndexOf("nausea", StringComparison.Ordinal);
        var rash = Text.IndexOf("\"rash\"", StringComparison.Ordinal) + 6;
        var check = Check(
            Claim("A", "Nausea", ClaimAssessment.Supported, "established", (sentence, sentenceEnd)),       // the whole sentence
            Claim("A", "Rash", ClaimAssessment.Contradicted, "none-found", (nausea, rash)),               // nested inside it
            Claim("A", "Headache", ClaimAssessment.Unsupported, "weak", (0, nausea + 3)),                 // crosses the first one's start
            Claim("A", "Pain", ClaimAssessment.NotAssessable, null, (sentence, sentenceEnd), (-1, 3), (5, 500))); // same span as 1; bad spans ignored

        var model = CheckPageBuilder.Build(check);

        // The pieces put back together are the text, unchanged: nothing lost, nothing doubled.
        Assert.Equal(Text, string.Concat(model.Segments.Select(static s => s.Text)));
        // Each claim's marked pieces put together are exactly its quote.
        foreach (var (number, claim) in check.Claims.Select(static (c, i) => (i + 1, c)))
        {
            foreach (var q in claim.Quotes.Where(q => q.Start >= 0 && q.End <= Text.Length))
            {
                var covered = Covered(model.Segments, number);
                Assert.Contains(Text[q.Start..q.End], covered);
            }
        }

        var html = await Render(model);
        var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
        var article = document.QuerySelector(".article-text")!;

        // No mark inside a mark, no markup from the article: its tags are text.
        Assert.Empty(article.QuerySelectorAll("mark mark"));
        Assert.Empty(article.QuerySelectorAll("b, script"));
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        Assert.Contains("<b>&amp</b>", article.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>x()</script>", article.TextContent, StringComparison.Ordinal);
        Assert.Equal(Text, ArticleWithoutLabels(article));

        // Every claim's verdict is in words at the end of its quote, once per claim, in document order of the ends.
        var labels = article.QuerySelectorAll("a.claim-tag").Select(static a => a.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Claim 3: " + Label(ClaimAssessment.Unsupported) + " (weak)", "Claim 2: " + Label(ClaimAssessment.Contradicted) + " (none-found)",
             "Claim 1: " + Label(ClaimAssessment.Supported) + " (established)", "Claim 4: " + Label(ClaimAssessment.NotAssessable) + " (no verdict)"],
            labels);
        Assert.All(article.QuerySelectorAll("a.claim-tag"), static a => Assert.StartsWith("#claim-", a.GetAttribute("href"), StringComparison.Ordinal));

        // The nested claim's words are marked for claims 1, 2 and 4 (3 only where it reaches), with the most serious colour.
        var rashMark = article.QuerySelectorAll("mark").Single(static m => m.TextContent.Contains("rash", StringComparison.Ordinal));
        Assert.Equal("1 2 4", rashMark.GetAttribute("data-claims"));
        Assert.Contains("mark-contradicted", rashMark.ClassList);
        var crossing = article.QuerySelectorAll("mark").Single(static m => m.TextContent == "nau");
        Assert.Equal("1 2 3 4", crossing.GetAttribute("data-claims"));
    }

    // The article's text as a reader sees it, minus the labels the page adds.
    private static string ArticleWithoutLabels(AngleSharp.Dom.IElement article)
    {
        var copy = (AngleSharp.Dom.IElement)article.Clone(deep: true);
        foreach (var a in copy.QuerySelectorAll("a.claim-tag").ToList())
        {
            a.Remove();
        }

        return copy.TextContent;
    }

    private static string Covered(IReadOnlyList<ArticleSegment> segments, int number)
    {
        // Runs of consecutive pieces marked with the claim, joined; several runs are separated so they cannot fuse.
        var runs = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var s in segments)
        {
            if (s.Marks.Any(t => t.Number == number))
            {
                current.Append(s.Text);
            }
            else if (current.Length > 0)
            {
                runs.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            runs.Add(current.ToString());
        }

        return string.Join("\u0000", runs);
    }

    private static string Label(ClaimAssessment assessment) => Causa.Application.Articles.ClaimWording.Label(assessment);

    private static RatedClaim Claim(string drug, string condition, ClaimAssessment assessment, string? verdict, params (int Start, int End)[] quotes) =>
        new(drug, false, condition, ClaimRelation.Causes, ClaimPolarity.Asserted, false,
            [.. quotes.Select(q => new QuoteSpan(q.Start >= 0 && q.End <= Text.Length ? Text[q.Start..q.End] : "?", q.Start, q.End))],
            verdict, assessment, []);

    private static ArticleCheck Check(params RatedClaim[] claims) =>
        new(claims, new CheckSummary(claims.Length, 1, 1, 1, 1, claims.Length, 0, 0, 0, 2, []), ArticleFormat.PlainText, ArticleCheck.OffsetsDescription, Text);

    private static async Task<string> Render(CheckResultModel result)
    {
        var services = new ServiceCollection().AddSingleton(new WebOptions()).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = new CheckPageModel("", "auto", null, result) });
            var output = await renderer.RenderComponentAsync<CheckPage>(parameters);
            return output.ToHtmlString();
        });
    }
}
