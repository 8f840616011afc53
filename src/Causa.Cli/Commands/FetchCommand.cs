using System.CommandLine;
using Causa.Application.Fetch;
using Causa.Cli.Rendering;
using Causa.Core.Model;
using Causa.Faers.Download;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa fetch 2024q4 [2025q1 ...|latest] [--dir DIR] [--base-url URL]</c>: downloads FDA quarterly zips with
/// a progress bar, resuming and verifying them (the work is <see cref="FetchService"/>'s).
/// </summary>
internal static class FetchCommand
{
    /// <summary>The word accepted instead of a quarter: the newest quarter FDA has published.</summary>
    public const string Latest = "latest";

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var quarters = new Argument<string[]>("quarters")
        {
            Description = "Quarters to download, e.g. 2024q4 2025Q1, or 'latest' for the newest one FDA has published.",
            Arity = ArgumentArity.OneOrMore,
        };
        var dir = new Option<string?>("--dir")
        {
            Description = "Folder for the zips (default: 'downloads' inside the store folder).",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Folder URL to download from (default: " + DownloadOptions.DefaultBaseUri + ").",
        };
        var wait = WriteLockOption.Create();
        var command = new Command("fetch", "Download FAERS quarterly ASCII zips from FDA, with resume and verification.")
        {
            quarters,
            dir,
            baseUrl,
            wait,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!WriteLockOption.TryGet(context, parseResult, wait, out var writeLock))
            {
                return ExitCodes.BadInput;
            }

            var requested = new List<Quarter?>();
            foreach (var text in parseResult.GetValue(quarters) ?? [])
            {
                if (string.Equals(text.Trim(), Latest, StringComparison.OrdinalIgnoreCase))
                {
                    requested.Add(null);
                }
                else if (Quarter.TryParse(text, out var quarter))
                {
                    requested.Add(quarter);
                }
                else
                {
                    await context.Error.WriteLineAsync($"causa: '{text}' is not a quarter; write it like 2024q4 (or 'latest').").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
            }

            Uri? baseUri = null;
            var baseText = parseResult.GetValue(baseUrl);
            if (baseText is not null
                && (!Uri.TryCreate(baseText, UriKind.Absolute, out baseUri) || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps)))
            {
                await context.Error.WriteLineAsync($"causa: --base-url '{baseText}' is not an http(s) URL.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            // Into the store folder (the default) a download holds the folder's writer lock; elsewhere it needs none.
            var storeDirectory = parseResult.GetValue(dir) is { Length: > 0 } ? null : context.ResolveStoreDirectory(parseResult);
            var directory = storeDirectory is null ? Path.GetFullPath(parseResult.GetValue(dir)!) : FetchService.DefaultDirectory(storeDirectory);
            using var service = new FetchService(context.HttpHandler, baseUri, context.Time, writeLock);
            var failed = false;
            try
            {
                // A failed quarter does not stop the next one.
                foreach (var quarter in requested)
                {
                    var result = await DownloadView.FetchAsync(context, service, new FetchRequest(quarter, directory, storeDirectory), cancellationToken).ConfigureAwait(false);
                    failed |= !result.Succeeded;
                }

                return failed ? ExitCodes.BadData : ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                await context.Error.WriteLineAsync("causa: fetch cancelled; the partial file is kept and the same command resumes it.").ConfigureAwait(false);
                return ExitCodes.BadData;
            }
        });
        return command;
    }
}
