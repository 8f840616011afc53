using Causa.Web.Tests.Support;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

/// <summary>
/// One site on Kestrel and one Debian Chromium for a test class. Playwright drives the system browser
/// (/usr/bin/chromium, installed by .ci/run); its own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelSite _site = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => _site.BaseAddress;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath} (apt-get install -y chromium; .ci/run does this).");
        }

        await _site.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // A loaded 2-core CI machine can take longer than Playwright's 30 s default to render and navigate; these
        // tests check what a person sees, not speed.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        await _site.DisposeAsync();
    }
}
