using Causa.Application;
using Causa.Application.Errors;
using Causa.Cli.Site;
using Causa.Web;
using Causa.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Causa.Host;

/// <summary>
/// Runs the web front end (Causa.Web, which itself answers through the application layer) over a store folder,
/// read-only, until SIGTERM, Ctrl+C or the token: what <c>causa serve</c> and <c>causa quickstart --serve</c> start.
/// </summary>
internal sealed class WebSiteRunner : ISiteRunner
{
    /// <inheritdoc/>
    public async Task<Error?> RunAsync(SiteRequest request, ISiteNotices notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(notices);
        // One workspace for the server's life, shared by every request; disposed after the site has stopped.
        using var workspace = new CausaWorkspace(request.StoreDirectory);
        var store = new WebStore(workspace);
        if (store.Unready() is { } unready)
        {
            // The workspace follows the folder, so an ingest into it while the site runs is served without a restart.
            await notices.StoreNotReadyAsync(unready).ConfigureAwait(false);
        }

        await using var app = CausaWebApplication.Create(Options(request), new WorkspaceAnswerPageSource(store), store, []);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Address in use or not available: an expected failure, not a stack trace.
            return Error.BadInput($"cannot listen on {request.Urls}: {e.Message}");
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        await notices.ListeningAsync(workspace.Directory, [.. addresses]).ConfigureAwait(false);

        // SIGTERM and Ctrl+C end the host (its console lifetime) or cancel the command's token; either way the
        // requests in flight finish before the store is closed.
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    /// <summary>The site's options for a request: its address and rate limit, every other limit at the site's default.</summary>
    internal static WebOptions Options(SiteRequest request) => new()
    {
        Urls = request.Urls,
        ApiRateLimitEnabled = request.ApiPermitsPerWindow > 0,
        ApiPermitsPerWindow = Math.Max(request.ApiPermitsPerWindow, 1),
    };
}
