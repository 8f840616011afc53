using Causa.Application;
using Causa.Web.Hosting;
using Causa.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

/// <summary>
/// The site on Kestrel over a store with labels and indications (<see cref="CheckStore"/>), as <c>causa serve</c> hosts
/// it, and Debian's Chromium, for the article checker's page. One per test class.
/// </summary>
public sealed class CheckBrowserFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private CausaWorkspace? _workspace;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {BrowserFixture.ChromiumPath} (apt-get install -y chromium; .ci/run does this).");
        }

        CheckStore.Fill(_folder.Path);
        _workspace = new CausaWorkspace(_folder.Path);
        var store = new WebStore(_workspace);
        _app = CausaWebApplication.Create(new WebOptions { Urls = "http://127.0.0.1:0" }, new WorkspaceAnswerPageSource(store), store);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
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

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _workspace?.Dispose();
        _folder.Dispose();
    }
}
