using System.Globalization;
using Causa.Application.Errors;
using Causa.Application.Ingest;
using Causa.Faers.Ingest;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>Renders an ingest: the drug names in use, a progress bar while it runs, then the reconciliation tables.</summary>
internal static class IngestView
{
    /// <summary>Runs <paramref name="request"/> through <paramref name="service"/> with a progress bar on the console.</summary>
    public static Result<IngestResponse> Ingest(CliContext context, IngestService service, IngestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(request);
        context.Console.MarkupLine($"Ingesting {request.Sources.Count} quarter(s) into [blue]{Markup.Escape(request.StoreDirectory)}[/]");
        if (IngestService.DrugNames(request.StoreDirectory) is { } names)
        {
            context.Console.MarkupLine(names.SourceFiles == 0
                ? "[grey]Drug names: built-in synonyms and names learned from FAERS itself (import more with 'causa vocab import').[/]"
                : string.Create(CultureInfo.InvariantCulture, $"[grey]Drug names: the store's vocabulary ({names.Ingredients:N0} ingredients, {names.Brands:N0} names from {names.SourceFiles} source files) and names learned from FAERS.[/]"));
        }

        Result<IngestResponse>? result = null;
        context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new MegabytesColumn(), new RowsPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progressContext =>
            {
                var task = progressContext.AddTask("reading", maxValue: Math.Max(1, request.Sources.Sum(static s => s.TotalBytes)));
                result = service.Ingest(request, new IngestProgressReporter(task), cancellationToken);
                task.Description = result.Succeeded ? "done" : "failed";
                if (result.Succeeded)
                {
                    task.Value = task.MaxValue;
                }

                task.StopTask();
            });
        return result!;
    }

    /// <summary>Writes a table per quarter (rows read, accepted, rejected with reasons), unlinked rows, the first
    /// rejected row, and the store's new size.</summary>
    public static void RenderReconciliation(IAnsiConsole console, IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
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
        if (commit.Segments > 0)
        {
            console.MarkupLine(string.Create(c,
                $"The new cases were added as a segment beside the store ({commit.Segments} now) instead of rewriting it; `causa compact` folds the segments into one file."));
        }
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
