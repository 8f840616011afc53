using System.CommandLine;
using Causa.Web;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa serve [--urls URL] [--rate-limit N]</c>: hosts the web front end over the store folder (<see cref="SiteHost"/>),
/// read-only, until SIGTERM or Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:5080, loopback only; several addresses separated by ';').",
            DefaultValueFactory = _ => SiteHost.DefaultUrls,
        };
        var defaults = new WebOptions();
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = $"API requests (under /api) one client address may make per {defaults.ApiWindow.TotalSeconds:0} s; more get 429 (default {defaults.ApiPermitsPerWindow}; 0 turns the limit off, e.g. for a load test).",
            DefaultValueFactory = _ => defaults.ApiPermitsPerWindow,
        };
        var command = new Command("serve", "Serve the answer pages and the JSON API (/api/v1) over the store, read-only, until Ctrl+C.") { urls, rateLimit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var permits = parseResult.GetValue(rateLimit);
            if (permits < 0)
            {
                await context.Error.WriteLineAsync("causa: --rate-limit must be 0 (off) or more.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var options = new WebOptions
            {
                Urls = parseResult.GetValue(urls),
                ApiRateLimitEnabled = permits > 0,
                ApiPermitsPerWindow = Math.Max(permits, 1),
            };
            return await SiteHost.ServeAsync(context, context.ResolveStoreDirectory(parseResult), options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
