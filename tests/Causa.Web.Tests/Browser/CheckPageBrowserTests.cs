using Causa.Web.Tests.Support;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

/// <summary>The <c>/check</c> page as a person on a phone uses it, with JavaScript off: paste, press the button, read.
/// Set CAUSA_SCREENSHOTS to a folder to keep a full-page screenshot of the result.</summary>
public sealed class CheckPageBrowserTests(CheckBrowserFixture browser) : IClassFixture<CheckBrowserFixture>
{
    [Fact]
    public async Task A_pasted_article_is_checked_without_JavaScript_and_reads_on_a_phone()
    {
        var page = await browser.NewPageAsync(390, javaScript: false);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync("/check");

        await page.GetByLabel("The article", new() { Exact = true }).FillAsync(
            "Two medicines\n\nDuloxetine is approved for fibromyalgia. Duloxetine does not cause nausea.\n\n" + Hostile.Script + Hostile.Attribute);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the article" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("What the article claims, and what the evidence says");
        await Assertions.Expect(page.GetByText("Causa found 2 claim(s) about drugs and conditions")).ToBeVisibleAsync();
        var rows = page.Locator("table.claims-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("duloxetine treats fibromyalgia");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Supported");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("duloxetine does not cause nausea");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Contradicted");
        await Assertions.Expect(page.Locator("a.claim-tag").Nth(1)).ToHaveTextAsync("Claim 2: Contradicted (established)");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "All the evidence on duloxetine and fibromyalgia" })).ToHaveAttributeAsync("href", "/duloxetine/fibromyalgia");
        await Assertions.Expect(page.Locator(".article-text")).ToContainTextAsync(Hostile.Script);

        await page.LoadedAsync();
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the result page scrolls sideways at 390 px");
        if (Environment.GetEnvironmentVariable("CAUSA_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "check-390.png"), FullPage = true });
        }

        await page.Context.CloseAsync();
    }
}
