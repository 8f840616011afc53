using System.CommandLine;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa serve</c>: hosts the web front end over the store folder (<see cref="SiteHost"/>), read-only, until SIGTERM
/// or Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Serve the answer pages and the JSON API (/api/v1) over the store, read-only, until Ctrl+C.") { urls };
        command.SetAction((parseResult, cancellationToken) =>
            SiteHost.ServeAsync(context, context.ResolveStoreDirectory(parseResult), parseResult.GetValue(urls)!, cancellationToken));
        return command;
    }

    /// <summary>The <c>--urls</c> option of <c>serve</c> and <c>quickstart --serve</c>.</summary>
    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Where to listen (default http://127.0.0.1:5080, loopback only; several addresses separated by ';').",
        DefaultValueFactory = _ => SiteHost.DefaultUrls,
    };
}
