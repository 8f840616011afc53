using System.CommandLine;
using Causa.Cli.Site;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa serve [--urls URL] [--rate-limit N]</c>: hosts the web front end over the store folder through the context's
/// <see cref="ISiteRunner"/>, read-only, until SIGTERM or Ctrl+C; a build without one says which build has the site.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:5080, loopback only; several addresses separated by ';').",
            DefaultValueFactory = _ => SiteRequest.DefaultUrls,
        };
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = $"API requests (under /api) one client address may make per {SiteRequest.ApiWindowSeconds} s; more get 429 (default {SiteRequest.DefaultApiPermitsPerWindow}; 0 turns the limit off, e.g. for a load test).",
            DefaultValueFactory = _ => SiteRequest.DefaultApiPermitsPerWindow,
        };
        var command = new Command("serve", "Serve the answer pages and the JSON API (/api/v1) over the store, read-only, until Ctrl+C.") { urls, rateLimit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!SiteCommand.CanServe(context, "serve", out var noSite))
            {
                return noSite;
            }

            var permits = parseResult.GetValue(rateLimit);
            if (permits < 0)
            {
                await context.Error.WriteLineAsync("causa: --rate-limit must be 0 (off) or more.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var request = new SiteRequest(context.ResolveStoreDirectory(parseResult), parseResult.GetValue(urls) ?? SiteRequest.DefaultUrls, permits);
            return await SiteCommand.RunAsync(context, request, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
