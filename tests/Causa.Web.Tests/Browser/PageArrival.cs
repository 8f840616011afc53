using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

/// <summary>
/// Waiting for the page a click or a key led to, without Playwright's <c>WaitForURLAsync</c>: that call checks the
/// frame's URL and load state on the test's thread and then subscribes to the events delivered on another, so an event
/// arriving in between is lost and the wait runs out its whole timeout on a page that loaded long before (an open
/// Playwright .NET bug, microsoft/playwright-dotnet#3364; it failed CI twice here, 90 s after the page had loaded).
/// Both waits below poll instead.
/// </summary>
internal static class PageArrival
{
    /// <summary>Waits until the page's address has <paramref name="path"/> as its path (any query string) and its document
    /// has finished loading, styles included, so layout can be measured.</summary>
    /// <param name="page">The page.</param>
    /// <param name="path">The expected absolute path, as the site writes it (percent-encoded).</param>
    public static async Task ArrivedAtAsync(this IPage page, string path)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^[a-z]+://[^/]+" + Regex.Escape(path) + @"(\?[^#]*)?(#.*)?$"));
        await page.LoadedAsync();
    }

    /// <summary>Waits until the page's current document has finished loading, styles included.</summary>
    /// <param name="page">The page.</param>
    public static Task LoadedAsync(this IPage page) => page.WaitForFunctionAsync("() => document.readyState === 'complete'");
}
