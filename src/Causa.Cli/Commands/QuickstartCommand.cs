using System.CommandLine;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa quickstart [--from PATH | --quarter 2024q4]</c>: from nothing to a first answer. Ingests local FAERS files
/// (offline) or downloads a quarter from FDA, shows what the store holds, then answers one question — the one given
/// with <c>--drug</c>/<c>--event</c>, or else the strongest signal of the most reported drug.
/// </summary>
internal static class QuickstartCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string[]>("--from") { Description = "Local FAERS zips or folders to ingest (offline). Without it, a quarter is downloaded from FDA.", AllowMultipleArgumentsPerToken = true };
        var quarter = new Option<string?>("--quarter") { Description = "Quarter to download when --from is not given (default: the newest FDA has published)." };
        var drug = new Option<string?>("--drug") { Description = "Drug to ask about (default: the most reported drug)." };
        var eventName = new Option<string?>("--event") { Description = "Event to ask about (default: that drug's strongest signal)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Download folder URL (default: FDA's)." };
        var command = new Command("quickstart", "Ingest FAERS data (local or downloaded) and answer a first question.") { from, quarter, drug, eventName, baseUrl };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
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
                var downloads = await FetchCommand.FetchAsync(context, [wanted], Path.Combine(storeDirectory, "downloads"), baseUri, cancellationToken).ConfigureAwait(false);
                if (!downloads[0].Succeeded)
                {
                    await context.Error.WriteLineAsync("causa: could not download a quarter; with no internet, point --from at local FAERS files.").ConfigureAwait(false);
                    return ExitCodes.BadData;
                }

                paths = [downloads[0].FilePath!];
            }

            var (sources, error) = FaersIngestor.Discover(paths);
            if (error is not null)
            {
                await context.Error.WriteLineAsync($"causa: {error}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var ingested = IngestCommand.Run(context, storeDirectory, sources, json: false, cancellationToken);
            if (ingested != ExitCodes.Ok)
            {
                return ingested;
            }

            var (store, code) = StoreAccess.Open(context, parseResult);
            if (store is null)
            {
                return code;
            }

            string drugName;
            string eventTerm;
            using (store)
            {
                var lookup = NameLookups.Open(context, store);
                if (lookup is null)
                {
                    return ExitCodes.BadData;
                }

                var queries = new SignalQueries(store);
                int drugId;
                if (parseResult.GetValue(drug) is { } drugText)
                {
                    var match = lookup.FindDrug(drugText);
                    if (!match.IsFound)
                    {
                        return NameErrors.Report(context, match, "drug");
                    }

                    drugId = match.Id;
                }
                else
                {
                    drugId = Enumerable.Range(0, store.Ingredients.Count).MaxBy(id => store.CasesWithIngredient(id, RoleFilter.Suspect).Length);
                }

                drugName = store.Ingredients[drugId];
                if (parseResult.GetValue(eventName) is { } eventText)
                {
                    var match = lookup.FindEvent(eventText);
                    if (!match.IsFound)
                    {
                        return NameErrors.Report(context, match, "event");
                    }

                    eventTerm = match.Name!;
                }
                else
                {
                    var top = queries.TopEventsForDrug(drugId, new TopQuery(MinCount: 3, Limit: 1));
                    top = top.Count > 0 ? top : queries.TopEventsForDrug(drugId, new TopQuery(MinCount: 1, Limit: 1));
                    if (top.Count == 0)
                    {
                        await context.Error.WriteLineAsync($"causa: {drugName} has no events in the store to ask about.").ConfigureAwait(false);
                        return ExitCodes.BadData;
                    }

                    eventTerm = top[0].Event;
                }
            }

            context.Console.WriteLine();
            context.Console.MarkupLine($"First question: [bold]causa ask {Markup.Escape(Quote(drugName))} {Markup.Escape(Quote(eventTerm))}[/]");
            context.Console.WriteLine();
            var store2 = parseResult.GetValue(context.StoreOption) is { } s ? new[] { "--store", s } : [];
            return await CausaApp.RunAsync([.. store2, "ask", drugName, eventTerm], context, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static string Quote(string text) => text.Contains(' ', StringComparison.Ordinal) ? $"\"{text}\"" : text.ToLowerInvariant();
}
