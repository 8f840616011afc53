using System.CommandLine;
using Causa.Web;
using Causa.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa serve</c>: hosts the web front end (Causa.Web, which itself answers through the application layer) over
/// the store folder, read-only, until SIGTERM or Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:5080, loopback only; several addresses separated by ';').",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Serve the answer pages and the JSON API (/api/v1) over the store, read-only, until Ctrl+C.") { urls };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // One workspace for the server's life, shared by every request; disposed after the site has stopped.
            using var workspace = context.OpenWorkspace(parseResult);
            var store = new WebStore(workspace);
            if (store.Unready() is { } error)
            {
                // The site still starts: /healthz answers 503 and every answer says why, as the message here does. The
                // workspace follows the folder, so an ingest into it while the site runs is served without a restart.
                await context.Error.WriteLineAsync($"causa: {error.Message} The site will answer 503 until a store is ingested into this folder.").ConfigureAwait(false);
            }

            await using var app = CausaWebApplication.Create(new WebOptions { Urls = parseResult.GetValue(urls) }, new WorkspaceAnswerPageSource(store), store, []);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                // Address in use or not available: an expected failure, not a stack trace.
                await context.Error.WriteLineAsync($"causa: cannot listen on {parseResult.GetValue(urls)}: {e.Message}").ConfigureAwait(false);
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
        });
        return command;
    }
}
