using Causa.Web.Tests.Support;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_question_typed_with_the_keyboard_alone_lands_on_the_answer_page()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/");

        // Tab from the top of the page until the question box has focus: it must be reachable by keyboard.
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement?.id ?? ''") != "q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("does remeron cause rugpijn?");
        await page.Keyboard.PressAsync("Enter");
        await page.ArrivedAtAsync("/mirtazapine/back-pain");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Can mirtazapine cause back pain?");
        await Assertions.Expect(page.Locator(".verdict-word").First).ToHaveTextAsync("Weak evidence");
        await Assertions.Expect(page.Locator(".verdict-word").First).ToHaveAttributeAsync("data-verdict", "weak");
        await Assertions.Expect(page.Locator(".verdict-word").Nth(1)).ToHaveTextAsync("Not a known use");
        await Assertions.Expect(page.Locator(".verdict-word").Nth(1)).ToHaveAttributeAsync("data-verdict", "none-found");
        await Assertions.Expect(page.GetByText("“rugpijn” → back pain")).ToBeVisibleAsync();
        // Two label and report bars, four profile charts and the trend's interval chart.
        Assert.Equal(7, await page.Locator("svg[role=img]").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Has it been reported more over the years?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("details.silent > summary")).ToContainTextAsync("Also checked, no data for this pair:");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_question_box_is_labelled()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByLabel("Your question", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Medicine", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Symptom or condition", new() { Exact = true })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/mirtazapine/back-pain")]
    [InlineData("/hostile/x")]
    [InlineData("/drugs/mirtazapine")]
    [InlineData("/api-docs")]
    [InlineData("/check")]
    public async Task Pages_at_390_pixels_have_no_horizontal_scroll(string path)
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync(path);
        await page.Locator("details.analyst-details").EvaluateAllAsync<int>("ds => { ds.forEach(d => d.open = true); return ds.length; }");

        var fits = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth");

        var widest = fits ? "" : await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth).map(e => e.tagName + '.' + e.className).slice(0, 5).join(', ')");
        Assert.True(fits, $"{path} scrolls sideways at 390 px: {widest}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Hostile_text_stays_inert()
    {
        var page = await browser.NewPageAsync(1280);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        // Waited for in the browser driver (not WaitForLoadStateAsync after the call: see PageArrival).
        await page.GotoAsync("/hostile/x", new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("img").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Hostile.Script);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_see_also_link_leads_to_another_answer()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/mirtazapine/back-pain");

        await page.GetByRole(AriaRole.Link, new() { Name = "Can mirtazapine cause weight gain?" }).ClickAsync();

        await page.ArrivedAtAsync("/mirtazapine/weight-gain");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Can mirtazapine cause weight gain?");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_analyst_section_is_collapsed_on_screen_and_open_in_print()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/mirtazapine/back-pain");
        var table = page.Locator("table.two-by-two");

        await Assertions.Expect(table).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(table).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
