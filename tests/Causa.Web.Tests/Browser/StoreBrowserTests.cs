using System.Text.RegularExpressions;
using Causa.Core.Verdicts;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

/// <summary>The real pages over a store, in Chromium: a whole question typed on the home page, a see-also link, 390 px.</summary>
public sealed partial class StoreBrowserTests(StoreBrowserFixture site) : IClassFixture<StoreBrowserFixture>
{
    [Fact]
    public async Task A_question_typed_on_the_home_page_lands_on_the_answer_page_with_both_verdicts()
    {
        var page = await site.NewPageAsync(390);
        await page.GotoAsync("/");
        var drug = site.Question.Drug.ToLowerInvariant();
        var term = site.Question.Event.ToLowerInvariant();

        await page.GetByLabel("Your question", new() { Exact = true }).FillAsync($"can {drug} give you {term}?");
        await page.GetByLabel("Your question", new() { Exact = true }).PressAsync("Enter");
        await page.ArrivedAtAsync(SitePaths.Answer(site.Question.Drug, site.Question.Event));

        // Both questions are answered, each with its verdict word and a plain sentence that opens with that word's
        // meaning (one wording per level), not with the question again.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Can {drug} cause", new() { IgnoreCase = false });
        await Assertions.Expect(page.Locator(".verdict")).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            var word = await page.Locator(".verdict-word").Nth(i).GetAttributeAsync("data-verdict") ?? string.Empty;
            var sentence = await page.Locator(".verdict-sentence").Nth(i).InnerTextAsync();
            Assert.NotEmpty(word.Trim());
            var meaning = i == 0
                ? (VerdictWording.TryParse(word.Trim(), out CauseVerdict cause) ? VerdictWording.Meaning(cause, drug) : null)
                : (VerdictWording.TryParse(word.Trim(), out HelpVerdict help) ? VerdictWording.Meaning(help) : null);
            Assert.NotNull(meaning);
            Assert.StartsWith(char.ToUpperInvariant(meaning[0]) + meaning[1..], sentence.Trim(), StringComparison.Ordinal);
            Assert.False(sentence.StartsWith("Can ", StringComparison.Ordinal) || sentence.StartsWith("Does ", StringComparison.Ordinal), $"the sentence repeats the question: {sentence}");
        }

        var widest = await page.EvaluateAsync<string>(Overflowing);
        Assert.True(widest.Length == 0, $"the answer page scrolls sideways at 390 px: {widest}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_see_also_link_opens_its_own_answer_page()
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync(SitePaths.Answer(site.Question.Drug, site.Question.Event));
        var link = page.Locator("nav.see-also a").First;
        var href = await link.GetAttributeAsync("href");
        Assert.Matches(AnswerPath(), href!);

        await link.ClickAsync();

        await page.ArrivedAtAsync(href!);
        await Assertions.Expect(page.Locator(".verdict")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Can ");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Drug_and_event_pages_link_to_answer_pages_and_fit_390_pixels()
    {
        var page = await site.NewPageAsync(390);
        foreach (var path in new[] { SitePaths.Drug(site.Question.Drug), SitePaths.Event(site.Question.Event) })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            var links = await page.Locator("main ul.link-list a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.Matches(AnswerPath(), href));
            var widest = await page.EvaluateAsync<string>(Overflowing);
            Assert.True(widest.Length == 0, $"{path} scrolls sideways at 390 px: {widest}");
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_who_reports_section_shows_its_charts_and_fits_the_window(int width)
    {
        var page = await site.NewPageAsync(width);
        var response = await page.GotoAsync(SitePaths.Answer("VEDOLIZUMAB", "Colitis ulcerative"));
        Assert.Equal(200, response!.Status);

        var section = page.Locator("section.profile");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Who reports this and when" })).ToBeVisibleAsync();
        await Assertions.Expect(section.Locator("figure.chart svg[role=img]")).ToHaveCountAsync(5);
        await Assertions.Expect(section.Locator(".profile-facts li").First).ToBeVisibleAsync();
        var widest = await page.EvaluateAsync<string>(Overflowing);
        Assert.True(widest.Length == 0, $"the answer page scrolls sideways at {width} px: {widest}");

        // CAUSA_SCREENSHOTS names a folder to keep a picture of the section in, to look at while changing it.
        if (Environment.GetEnvironmentVariable("CAUSA_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await section.ScreenshotAsync(new() { Path = Path.Combine(folder, $"profile-{width}.png") });
        }

        await page.Context.CloseAsync();
    }

    /// <summary>Empty when the page fits the window; else the first elements that stick out, to say what to fix.</summary>
    private const string Overflowing =
        "document.documentElement.scrollWidth <= window.innerWidth ? '' : [...document.querySelectorAll('body *')]"
        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 60)).slice(0, 5).join(' | ')";

    [GeneratedRegex("^/(?!drugs/|events/|cases/|api)[^/?#]+/[^/?#]+$")]
    private static partial Regex AnswerPath();
}
