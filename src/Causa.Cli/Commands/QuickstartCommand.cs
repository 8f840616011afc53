using System.CommandLine;
using System.Globalization;
using Causa.Application;
using Causa.Application.Errors;
using Causa.Application.Fetch;
using Causa.Application.Ingest;
using Causa.Application.Queries;
using Causa.Application.Sources;
using Causa.Application.Vocab;
using Causa.Cli.Rendering;
using Causa.Cli.Site;
using Causa.Core.Model;
using Causa.Faers.Download;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa quickstart [--from PATH | --quarter 2024q4]</c>: from nothing to a first answer. Ingests local FAERS files
/// (offline) or downloads a quarter from FDA, loads the name and evidence sources found under the local paths (labels,
/// indications, count tables; saying what was skipped and why), shows what the store holds, then answers one question — the one given
/// with <c>--drug</c>/<c>--event</c>, or else the strongest signal of the most reported drug. With <c>--serve</c> it then
/// serves the store on the web (the context's <see cref="ISiteRunner"/>, as <c>causa serve</c>) until SIGTERM or Ctrl+C.
/// </summary>
internal static class QuickstartCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string[]>("--from") { Description = "Local FAERS zips or folders to ingest (offline), with every evidence source found under them. Without it, a quarter is downloaded from FDA.", AllowMultipleArgumentsPerToken = true };
        var quarter = new Option<string?>("--quarter") { Description = "Quarter to download when --from is not given (default: the newest FDA has published)." };
        var drug = new Option<string?>("--drug") { Description = "Drug to ask about (default: the most reported drug)." };
        var eventName = new Option<string?>("--event") { Description = "Event to ask about (default: that drug's strongest signal)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Download folder URL (default: FDA's)." };
        var serve = new Option<bool>("--serve") { Description = "Then serve the answer pages and the JSON API over the store until Ctrl+C (as causa serve), printing the address." };
        var urls = new Option<string>("--urls")
        {
            Description = "With --serve: where to listen (default http://127.0.0.1:5080, loopback only; several addresses separated by ';').",
            DefaultValueFactory = _ => SiteRequest.DefaultUrls,
        };
        var wait = WriteLockOption.Create();
        var command = new Command("quickstart", "Ingest FAERS data (local or downloaded), answer a first question, and with --serve serve the answers on the web.") { from, quarter, drug, eventName, baseUrl, serve, urls, wait };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!WriteLockOption.TryGet(context, parseResult, wait, out var writeLock))
            {
                return ExitCodes.BadInput;
            }

            // Checked before any work: a build without the site says so at once rather than after the ingest.
            if (parseResult.GetValue(serve) && !SiteCommand.CanServe(context, "quickstart --serve", out var noSite))
            {
                return noSite;
            }

            var storeDirectory = context.ResolveStoreDirectory(parseResult);
            var paths = parseResult.GetValue(from) ?? [];
            if (paths.Length == 0)
            {
                Quarter? wanted = null;
                if (parseResult.GetValue(quarter) is { } text)
                {
                    if (!Quarter.TryParse(text, out var parsed))
                    {
                        await context.Error.WriteLineAsync($"causa: '{text}' is not a quarter; write it like 2024q4.").ConfigureAwait(false);
                        return ExitCodes.BadInput;
                    }

                    wanted = parsed;
                }

                Uri? baseUri = null;
                if (parseResult.GetValue(baseUrl) is { } url && !Uri.TryCreate(url, UriKind.Absolute, out baseUri))
                {
                    await context.Error.WriteLineAsync($"causa: --base-url '{url}' is not a URL.").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                context.Console.MarkupLine("No --from given: downloading FAERS from FDA (use [blue]--from ../shared/data/faers[/] or any local quarter files to work offline).");
                FetchRequest fetch = new(wanted, FetchService.DefaultDirectory(storeDirectory), storeDirectory);
                Result<DownloadResult> download;
                using (var fetchService = new FetchService(context.HttpHandler, baseUri, context.Time, writeLock))
                {
                    download = await DownloadView.FetchAsync(context, fetchService, fetch, cancellationToken).ConfigureAwait(false);
                }

                if (!download.Succeeded)
                {
                    await context.Error.WriteLineAsync("causa: could not download a quarter; with no internet, point --from at local FAERS files.").ConfigureAwait(false);
                    return ExitCodes.BadData;
                }

                paths = [download.Value.FilePath!];
            }

            if (!IngestService.Discover(paths).TryGetValue(out var sources, out var error))
            {
                // Quickstart's files are the user's choice: any unusable path is bad input here.
                await context.Error.WriteLineAsync("causa: " + error.Message).ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var given = parseResult.GetValue(from) ?? [];
            if (given.Length > 0)
            {
                // Name sources under the given folders (Drugs@FDA, RxNorm, DrugCentral...) are read before the quarters,
                // so the reports' drug names resolve with them from the start.
                var folders = SourceFinder.Folders(given, [.. sources.Select(static s => s.Path)]);
                if (folders.Count > 0)
                {
                    var names = new VocabularyService(storeDirectory, context.Time, writeLock)
                        .Import(new VocabularyImportRequest(folders, [.. sources.Select(static s => s.Path)]));
                    context.Console.MarkupLine(names.TryGetValue(out var vocabulary, out var namesError)
                        ? Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Name sources found: {vocabulary.Ingredients:N0} ingredients, {vocabulary.Names:N0} names, {vocabulary.Classes:N0} classes."))
                        : "[grey]" + Markup.Escape("Name sources: none loaded: " + namesError.Message.ReplaceLineEndings(" ")) + "[/]");
                }
            }

            var ingested = IngestView.Ingest(context, new IngestService(context.Time, writeLock), new IngestRequest(storeDirectory, sources), cancellationToken);
            if (!ingested.TryGetValue(out var ingest, out var ingestError))
            {
                return CliErrors.Report(context, ingestError);
            }

            IngestView.RenderReconciliation(context.Console, ingest.Details);
            if (given.Length > 0)
            {
                // The evidence sources beside the quarters (labels, indications, count tables) load with them.
                var found = new SourceService(storeDirectory, context.Time, writeLock)
                    .Add(new SourceAddRequest(given, SearchSubfolders: true, Exclude: [.. sources.Select(static s => s.Path)]));
                if (!found.TryGetValue(out var added, out var sourceError))
                {
                    return CliErrors.Report(context, sourceError);
                }

                SourceCommand.RenderAdded(context, added, "Evidence sources found");
            }

            using var workspace = new CausaWorkspace(storeDirectory);
            var queries = new QueryService(workspace);
            var picked = queries.FirstQuestion(parseResult.GetValue(drug), parseResult.GetValue(eventName));
            if (!picked.TryGetValue(out var question, out var pickError))
            {
                return CliErrors.Report(context, pickError);
            }

            context.Console.WriteLine();
            context.Console.MarkupLine($"First question: [bold]causa ask {Markup.Escape(Quote(question.Drug))} {Markup.Escape(Quote(question.Event))}[/]");
            context.Console.WriteLine();
            var asked = queries.Ask(new AskRequest(question.Drug, question.Event));
            if (!asked.TryGetValue(out var answer, out var askError))
            {
                return CliErrors.Report(context, askError);
            }

            AskView.Render(context.Console, answer, details: false);
            if (parseResult.GetValue(serve))
            {
                // The set-up ends with the site running over everything just loaded: reports, names and evidence sources.
                context.Console.WriteLine();
                var site = new SiteRequest(storeDirectory, parseResult.GetValue(urls) ?? SiteRequest.DefaultUrls, SiteRequest.DefaultApiPermitsPerWindow);
                return await SiteCommand.RunAsync(context, site, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Quote(string text) => text.Contains(' ', StringComparison.Ordinal) ? $"\"{text}\"" : text.ToLowerInvariant();
}
