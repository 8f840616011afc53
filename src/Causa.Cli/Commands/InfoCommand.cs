using System.CommandLine;
using System.Globalization;
using Causa.Application.Queries;
using Causa.Core.Query;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa info</c>: what the store holds.</summary>
internal static class InfoCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliContext.CreateJsonOption();
        var command = new Command("info", "Show what the store holds: cases, reports, quarters, drugs, events.") { json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            return CommandOutput.Write(context, new QueryService(workspace).Info(), parseResult.GetValue(json),
                summary => Render(context.Console, summary, workspace.StoreFilePath));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, StoreSummary summary, string path)
    {
        var c = CultureInfo.InvariantCulture;
        console.MarkupLine($"Store: [blue]{Markup.Escape(path)}[/] ({summary.FileBytes / 1e6:N1} MB)".Replace("N1", "0.0", StringComparison.Ordinal));
        console.MarkupLine(string.Create(c, $"{summary.Cases:N0} cases (deduplicated, one version per case) from {summary.Reports:N0} reports; {summary.Drugs:N0} drugs (ingredients); {summary.Events:N0} event terms; {summary.DeletedCaseIds:N0} deleted case ids."));
        var table = new Table().AddColumn("quarter").AddColumn("source").AddColumn(new TableColumn("reports").RightAligned()).AddColumn(new TableColumn("drug rows").RightAligned())
            .AddColumn(new TableColumn("reaction rows").RightAligned()).AddColumn(new TableColumn("rejected").RightAligned()).AddColumn(new TableColumn("deleted ids").RightAligned());
        foreach (var q in summary.QuarterDetails)
        {
            table.AddRow(q.Quarter, Markup.Escape(q.Source), q.Reports.ToString("N0", c), q.DrugRows.ToString("N0", c), q.ReactionRows.ToString("N0", c), q.RowsRejected.ToString("N0", c), q.DeletedCaseIds.ToString("N0", c));
        }

        console.Write(table);
    }
}
