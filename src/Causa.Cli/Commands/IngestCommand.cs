using System.CommandLine;
using System.Globalization;
using Causa.Cli.Rendering;
using Causa.Faers.Ingest;
using Causa.Faers.Reading;
using Causa.Storage.Files;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa ingest PATH...</c>: reads FAERS/AERS quarterly zips or folders into the store with a progress bar,
/// then prints a reconciliation table (every row read is accepted or rejected with a reason).
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "FAERS/AERS quarterly zips (faers_ascii_2024q4.zip), extracted quarter folders, or folders holding several.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = CliContext.CreateJsonOption();
        var command = new Command("ingest", "Read FAERS quarterly files into the store (deduplicated, deleted cases removed).") { paths, json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var (sources, error) = FaersIngestor.Discover(parseResult.GetValue(paths) ?? []);
            if (error is not null)
            {
                context.Error.WriteLine($"causa: {error}");
                return Task.FromResult(error.Kind == FaersReadErrorKind.NotFound ? ExitCodes.BadInput : ExitCodes.BadData);
            }

            return Task.FromResult(Run(context, context.ResolveStoreDirectory(parseResult), sources, parseResult.GetValue(json), cancellationToken));
        });
        return command;
    }

    /// <summary>Ingests the sources with progress and reporting; returns the exit code.</summary>
    public static int Run(CliContext context, string storeDirectory, IReadOnlyList<FaersSource> sources, bool json, CancellationToken cancellationToken)
    {
        var ingestor = new FaersIngestor(time: context.Time);
        IngestResult? result = null;
        if (json)
        {
            result = ingestor.Ingest(new FileCaseSink(storeDirectory), sources, null, cancellationToken);
        }
        else
        {
            context.Console.MarkupLine($"Ingesting {sources.Count} quarter(s) into [blue]{Markup.Escape(storeDirectory)}[/]");
            if (Core.Vocabulary.VocabularyFile.TryLoad(storeDirectory, out var vocabulary, out _))
            {
                context.Console.MarkupLine(vocabulary.Sources.Count == 0
                    ? "[grey]Drug names: built-in synonyms and names learned from FAERS itself (import more with 'causa vocab import').[/]"
                    : string.Create(CultureInfo.InvariantCulture, $"[grey]Drug names: the store's vocabulary ({vocabulary.Ingredients.Count:N0} ingredients, {vocabulary.Brands.Count:N0} names from {vocabulary.Sources.Count} source files) and names learned from FAERS.[/]"));
            }
            context.Console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new MegabytesColumn(), new RowsPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(progressContext =>
                {
                    var task = progressContext.AddTask("reading", maxValue: Math.Max(1, sources.Sum(static s => s.TotalBytes)));
                    var progress = new IngestProgressReporter(task);
                    result = ingestor.Ingest(new FileCaseSink(storeDirectory), sources, progress, cancellationToken);
                    task.Description = result.Succeeded ? "done" : "failed";
                    if (result.Succeeded)
                    {
                        task.Value = task.MaxValue;
                    }

                    task.StopTask();
                });
        }

        if (result is null || !result.Succeeded)
        {
            context.Error.WriteLine($"causa: ingest failed, the store is unchanged: {result?.ErrorMessage}");
            return result?.StoreError?.Kind == Core.Storage.StoreErrorKind.Locked ? ExitCodes.BadInput : ExitCodes.BadData;
        }

        if (json)
        {
            JsonOutput.WriteResponse(context, Causa.Application.Ingest.IngestSummary.From(result));
        }
        else
        {
            RenderReconciliation(context.Console, result);
        }

        return ExitCodes.Ok;
    }

    private static void RenderReconciliation(IAnsiConsole console, IngestResult result)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var quarter in result.Quarters)
        {
            var table = new Table().Title($"{quarter.Source.Quarter} — {Markup.Escape(Path.GetFileName(quarter.Source.Path))}")
                .AddColumn("table").AddColumn(new TableColumn("read").RightAligned()).AddColumn(new TableColumn("accepted").RightAligned())
                .AddColumn(new TableColumn("rejected").RightAligned()).AddColumn("reasons / notes");
            foreach (var account in quarter.Reconciliation)
            {
                var notes = account.RejectionsByReason.Select(kv => string.Create(c, $"{kv.Key}: {kv.Value:N0}")).Concat(account.Warnings);
                table.AddRow(
                    account.Table.ToString().ToUpperInvariant(),
                    account.RowsRead.ToString("N0", c),
                    account.RowsAccepted.ToString("N0", c),
                    account.RowsRejected > 0 ? $"[yellow]{account.RowsRejected.ToString("N0", c)}[/]" : "0",
                    Markup.Escape(string.Join("; ", notes)));
            }

            console.Write(table);
            var links = quarter.Links;
            var orphans = links.DrugRowsOrphaned + links.ReactionRowsOrphaned + links.OutcomeRowsOrphaned + links.IndicationRowsOrphaned;
            if (orphans > 0 || links.DuplicateReports > 0)
            {
                console.MarkupLine(Markup.Escape(string.Create(c,
                    $"  accepted but not linked to a report of this quarter: DRUG {links.DrugRowsOrphaned:N0}, REAC {links.ReactionRowsOrphaned:N0}, OUTC {links.OutcomeRowsOrphaned:N0}, INDI {links.IndicationRowsOrphaned:N0}; duplicate DEMO rows {links.DuplicateReports:N0}")));
            }

            var firstRejection = quarter.Reconciliation.SelectMany(static r => r.Rejections).FirstOrDefault();
            if (firstRejection is not null)
            {
                console.MarkupLine(Markup.Escape($"  first rejected row: {firstRejection.File} line {firstRejection.Line}: {firstRejection.Reason}"));
            }
        }

        var commit = result.Commit!;
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-9);
        var megabytes = result.Quarters.Sum(static q => q.BytesRead) / 1e6;
        console.MarkupLine(string.Create(c,
            $"[green]Store updated[/]: {commit.CasesAfter:N0} cases (was {commit.CasesBefore:N0}), {commit.Ingredients:N0} drugs, {commit.Terms:N0} event terms, {commit.CasesDeleted:N0} deleted case ids; {megabytes:N1} MB in {seconds:N1} s ({megabytes / seconds:N1} MB/s)."));
    }

    /// <summary>Feeds ingest progress into the Spectre task.</summary>
    private sealed class IngestProgressReporter(ProgressTask task) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            task.Description = value.Stage switch
            {
                IngestStage.Reading => "reading " + value.Source,
                IngestStage.Merging => "deduplicating, indexing",
                IngestStage.Writing => "writing",
                _ => "done",
            };
            task.Value = Math.Min(value.BytesDone, task.MaxValue);
            task.State.Update<double>(RowsPerSecondColumn.RowsKey, _ => value.RowsDone);
        }
    }
}
