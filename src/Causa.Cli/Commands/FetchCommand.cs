using System.CommandLine;
using System.Globalization;
using Causa.Core.Model;
using Causa.Faers.Download;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa fetch 2024q4 [2025q1 ...|latest] [--dir DIR] [--base-url URL]</c>: downloads FDA quarterly zips with
/// a progress bar, resuming and verifying them. <see cref="FetchAsync"/> is the same work callable from code
/// (e.g. a quick start that downloads a quarter and then ingests it).
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
        var command = new Command("fetch", "Download FAERS quarterly ASCII zips from FDA, with resume and verification.")
        {
            quarters,
            dir,
            baseUrl,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
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

            var directory = parseResult.GetValue(dir) is { Length: > 0 } explicitDir
                ? Path.GetFullPath(explicitDir)
                : Path.Combine(context.ResolveStoreDirectory(parseResult), "downloads");
            try
            {
                var results = await FetchAsync(context, requested, directory, baseUri, cancellationToken).ConfigureAwait(false);
                return results.All(r => r.Succeeded) ? ExitCodes.Ok : ExitCodes.BadData;
            }
            catch (OperationCanceledException)
            {
                await context.Error.WriteLineAsync("causa: fetch cancelled; the partial file is kept and the same command resumes it.").ConfigureAwait(false);
                return ExitCodes.BadData;
            }
        });
        return command;
    }

    /// <summary>
    /// Downloads each quarter in turn into <paramref name="directory"/>, showing a progress bar on
    /// <see cref="CliContext.Console"/>, a line per verified file, and failures on <see cref="CliContext.Error"/>.
    /// A failed quarter does not stop the next one.
    /// </summary>
    /// <param name="context">Console, clock and HTTP handler to use.</param>
    /// <param name="quarters">Quarters to fetch; a null entry means the newest published quarter.</param>
    /// <param name="directory">Target folder; created when missing.</param>
    /// <param name="baseUri">Folder URL to download from; null for FDA's.</param>
    /// <param name="cancellationToken">Stops the current download (its <c>.part</c> file is kept).</param>
    /// <returns>One result per requested quarter, in order; <see cref="DownloadResult.FilePath"/> is the verified zip.</returns>
    public static async Task<IReadOnlyList<DownloadResult>> FetchAsync(CliContext context, IReadOnlyList<Quarter?> quarters, string directory, Uri? baseUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(quarters);
        var ownedHandler = context.HttpHandler is null ? new HttpClientHandler() : null;
        try
        {
            var options = new DownloadOptions { BaseUri = baseUri ?? DownloadOptions.DefaultBaseUri };
            using var downloader = new FaersDownloader(context.HttpHandler ?? ownedHandler!, options, context.Time);
            var results = new List<DownloadResult>(quarters.Count);
            foreach (var quarter in quarters)
            {
                var label = quarter is { } q ? FaersDownloader.FileNameFor(q) : "latest quarter";
                var result = await context.Console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(
                        new TaskDescriptionColumn(),
                        new ProgressBarColumn(),
                        new PercentageColumn(),
                        new DownloadedColumn { Culture = CultureInfo.InvariantCulture },
                        new TransferSpeedColumn { Culture = CultureInfo.InvariantCulture },
                        new RemainingTimeColumn())
                    .StartAsync(async progressContext =>
                    {
                        var task = progressContext.AddTask(Markup.Escape(label), autoStart: true, maxValue: 1);
                        var progress = new ProgressTaskReporter(task);
                        var outcome = quarter is { } wanted
                            ? await downloader.DownloadAsync(wanted, directory, progress, cancellationToken).ConfigureAwait(false)
                            : await downloader.DownloadLatestAsync(directory, progress, cancellationToken).ConfigureAwait(false);
                        if (outcome.Succeeded)
                        {
                            task.Value = task.MaxValue;
                        }

                        task.StopTask();
                        return outcome;
                    }).ConfigureAwait(false);
                results.Add(result);
                if (result.Succeeded)
                {
                    var verb = result.Status == DownloadStatus.AlreadyPresent ? "already present" : (result.Resumed ? "downloaded (resumed)" : "downloaded");
                    context.Console.MarkupLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"[green]{result.Quarter}[/] {verb}: {Markup.Escape(result.FilePath!)} ({result.Bytes:N0} bytes, verified)"));
                }
                else
                {
                    await context.Error.WriteLineAsync("causa: " + result.Message).ConfigureAwait(false);
                }
            }

            return results;
        }
        finally
        {
            ownedHandler?.Dispose();
        }
    }

    /// <summary>Feeds downloader progress into a Spectre progress task (bytes as value, total as maximum).</summary>
    private sealed class ProgressTaskReporter(ProgressTask task) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value)
        {
            if (value.BytesTotal is { } total && total > 0)
            {
                task.MaxValue = total;
            }
            else if (value.BytesDone > task.MaxValue)
            {
                task.MaxValue = value.BytesDone;
            }

            task.Value = value.BytesDone;
        }
    }
}
