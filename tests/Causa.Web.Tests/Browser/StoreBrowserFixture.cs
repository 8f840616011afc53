using Causa.Application;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;
using Causa.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Causa.Web.Tests.Browser;

/// <summary>
/// Chromium over the real pages: Kestrel on a loopback port serving <see cref="WorkspaceAnswerPageSource"/> over a store
/// ingested from the shared FAERS sample, so a typed question goes through the same use case as <c>causa ask</c>.
/// </summary>
public sealed class StoreBrowserFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private CausaWorkspace? _workspace;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The browser, launched headless from Debian's Chromium.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The question the store answers first (its most reported drug and that drug's strongest event).</summary>
    public Application.Queries.FirstQuestion Question { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {BrowserFixture.ChromiumPath} (apt-get install -y chromium; .ci/run does this).");
        }

        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        if (error is not null)
        {
            throw new InvalidOperationException(error.ToString());
        }

        var result = new FaersIngestor().Ingest(new FileCaseSink(_folder.Path), sources);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.ErrorMessage);
        }

        _workspace = new CausaWorkspace(_folder.Path);
        Question = new Application.Queries.QueryService(_workspace).FirstQuestion(null, null).Value!;
        var store = new WebStore(_workspace);
        _app = CausaWebApplication.Create(new WebOptions { Urls = "http://127.0.0.1:0" }, new WorkspaceAnswerPageSource(store), store);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        BaseAddress = new Uri(address + "/");
    }

    /// <summary>The site's address, ending in a slash.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A fresh page in its own context, <paramref name="width"/> pixels wide.</summary>
    public async Task<IPage> NewPageAsync(int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // As in BrowserFixture: a loaded 2-core machine can be slower than Playwright's defaults.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <inheritdoc/>
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
