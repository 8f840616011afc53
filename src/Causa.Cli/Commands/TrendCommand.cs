using System.CommandLine;
using System.Globalization;
using Causa.Application.Queries;
using Causa.Cli.Rendering;
using Causa.Core.Query;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa trend DRUG EVENT</c>: the pair's 2×2 table by year of first receipt, per year and cumulative.</summary>
internal static class TrendCommand
{
    public static Command Create(CliContext context)
    {
        var names = new Argument<string[]>("names")
        {
            Description = "DRUG EVENT (a brand or an ingredient, and a MedDRA term or everyday words); with --class, EVENT alone.",
            Arity = new ArgumentArity(1, 2),
        };
        var drugClass = new Option<string?>("--class") { Description = "A drug class instead of a drug: its members' cases together." };
        var roles = RoleOptions.Create();
        var json = CliContext.CreateJsonOption();
        var command = new Command("trend", "Whether an association emerged, grew or faded: cases, PRR with its interval and IC025 by year FDA first received the cases, per year and cumulative.") { names, drugClass, roles, json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var given = parseResult.GetValue(names) ?? [];
            var (drugText, eventText) = given.Length == 2 ? (given[0], given[1]) : (null, given.ElementAtOrDefault(0) ?? string.Empty);
            var request = new TrendRequest(drugText, eventText, parseResult.GetValue(drugClass), RoleOptions.Parse(parseResult.GetValue(roles)));
            var result = new QueryService(workspace).Trend(request);
            return CommandOutput.Write(context, result, parseResult.GetValue(json), trend => Render(context.Console, trend));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, TrendAnswer trend)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Title(Markup.Escape($"{trend.Drug} and {trend.Event} by year FDA first received the case ({trend.Roles} roles)"))
            .AddColumn("year").AddColumn(new TableColumn("cases").RightAligned()).AddColumn(new TableColumn("PRR (95% CI)").RightAligned()).AddColumn(new TableColumn("IC025").RightAligned())
            .AddColumn(new TableColumn("cases to date").RightAligned()).AddColumn(new TableColumn("PRR to date (95% CI)").RightAligned()).AddColumn(new TableColumn("IC025 to date").RightAligned());
        foreach (var y in trend.Years)
        {
            table.AddRow(
                y.Year.ToString(c),
                y.InYear.Cases.ToString("N0", c),
                Numbers.FormatWithInterval(y.InYear.Prr, y.InYear.PrrLower, y.InYear.PrrUpper),
                Numbers.Format(y.InYear.Ic025),
                y.Cumulative.Cases.ToString("N0", c),
                Numbers.FormatWithInterval(y.Cumulative.Prr, y.Cumulative.PrrLower, y.Cumulative.PrrUpper),
                Numbers.Format(y.Cumulative.Ic025));
        }

        console.Write(table);
        if (trend.CasesWithoutYear > 0)
        {
            console.MarkupLine(string.Create(c, $"[grey]{trend.CasesWithoutYear:N0} case(s) of the pair have no known first receipt date and are in no year.[/]"));
        }

        console.MarkupLine("[grey]" + Markup.Escape(trend.Note) + "[/]");
    }
}
