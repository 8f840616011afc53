using Causa.Web.Tests.Support;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

/// <summary>
/// One site on Kestrel over <see cref="SiteData"/> and one Debian Chromium for a test class. Playwright drives the system
/// browser (<see cref="ChromiumPath"/>, installed by .ci/run); its own browser download is never used. The subclasses
/// only choose the data.
/// </summary>
public abstract class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium (<c>apt-get install -y chromium</c>).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long a step or an assertion may take before a test fails, in milliseconds: a loaded 2-core CI machine can take longer
    /// than Playwright's defaults (30 s for actions, 5 s for assertions) to render and navigate; these tests check what a
    /// person sees, not speed.</summary>
    public const float PatienceMs = 90_000;

    private readonly KestrelSite _site;
    private IPlaywright? _playwright;

    protected ChromiumFixture(SiteData data) => _site = new KestrelSite(data);

    /// <summary>The browser, launched headless.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's address, ending in a slash.</summary>
    public Uri BaseAddress => _site.BaseAddress;

    /// <summary>What the site serves.</summary>
    public ServedStore Served => _site.Served;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath} (apt-get install -y chromium; .ci/run does this).");
        }

        await _site.InitializeAsync();
        Assertions.SetDefaultExpectTimeout(PatienceMs);
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

    /// <summary>A fresh page in its own context, <paramref name="width"/> by <paramref name="height"/> CSS pixels, with or
    /// without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(int width, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(PatienceMs);
        context.SetDefaultNavigationTimeout(PatienceMs);
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
