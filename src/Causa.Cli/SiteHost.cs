using Causa.Web;
using Causa.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Causa.Cli;

/// <summary>
/// Hosts the web front end (Causa.Web, which itself answers through the application layer) over a store folder,
/// read-only, until SIGTERM, Ctrl+C or the token: what <c>causa serve</c> does, and how <c>causa quickstart --serve</c>
/// ends. Left out of the Native AOT binary, as the web project is.
/// </summary>
internal static class SiteHost
{
    /// <summary>Where the site listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Serves <paramref name="storeDirectory"/> with <paramref name="options"/>, printing each address once listening.</summary>
    /// <returns><see cref="ExitCodes.Ok"/> after a clean stop; <see cref="ExitCodes.BadInput"/> when the address cannot be used.</returns>
    public static async Task<int> ServeAsync(CliContext context, string storeDirectory, WebOptions options, CancellationToken cancellationToken)
    {
        var urls = options.Urls;
        // One workspace for the server's life, shared by every request; disposed after the site has stopped.
        using var workspace = new Application.CausaWorkspace(storeDirectory);
        var store = new WebStore(workspace);
        if (store.Unready() is { } error)
        {
            // The site still starts: /healthz answers 503 and every answer says why, as the message here does. The
            // workspace follows the folder, so an ingest into it while the site runs is served without a restart.
            await context.Error.WriteLineAsync($"causa: {error.Message} The site will answer 503 until a store is ingested into this folder.").ConfigureAwait(false);
        }

        await using var app = CausaWebApplication.Create(options, new WorkspaceAnswerPageSource(store), store, []);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Address in use or not available: an expected failure, not a stack trace.
            await context.Error.WriteLineAsync($"causa: cannot listen on {urls}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            await context.Output.WriteLineAsync($"Causa is serving {workspace.Directory} at {address}/ (Ctrl+C to stop)").ConfigureAwait(false);
        }

        await context.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);

        // SIGTERM and Ctrl+C end the host (its console lifetime) or cancel the command's token; either way the
        // requests in flight finish before the store is closed.
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
