using System.Globalization;
using Causa.Application.Errors;
using Causa.Application.Fetch;
using Causa.Faers.Download;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>Renders one download: a progress bar while it runs, then a line for the verified file or the failure.</summary>
internal static class DownloadView
{
    /// <summary>Downloads <paramref name="request"/> through <paramref name="service"/> with a progress bar on the
    /// console; a verified file is reported on the console, a failure on standard error.</summary>
    public static async Task<Result<DownloadResult>> FetchAsync(CliContext context, FetchService service, FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
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
                var task = progressContext.AddTask(Markup.Escape(FetchService.LabelFor(request)), autoStart: true, maxValue: 1);
                var outcome = await service.FetchAsync(request, new ProgressTaskReporter(task), cancellationToken).ConfigureAwait(false);
                if (outcome.Succeeded)
                {
                    task.Value = task.MaxValue;
                }

                task.StopTask();
                return outcome;
            }).ConfigureAwait(false);
        if (result.TryGetValue(out var download, out var error))
        {
            var verb = download.Status == DownloadStatus.AlreadyPresent ? "already present" : (download.Resumed ? "downloaded (resumed)" : "downloaded");
            context.Console.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[green]{download.Quarter}[/] {verb}: {Markup.Escape(download.FilePath!)} ({download.Bytes:N0} bytes, verified)"));
        }
        else
        {
            await context.Error.WriteLineAsync("causa: " + error.Message).ConfigureAwait(false);
        }

        return result;
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
