using System.CommandLine;
using System.Globalization;
using Causa.Application.Queries;
using Causa.Cli.Rendering;
using Causa.Core.Evidence;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa compare --class CLASS --event EVENT</c>: each member of a class with an event, beside the class.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var drugClass = new Option<string>("--class") { Description = "A drug class (\"antidepressant\", SSRI, statin...).", Required = true };
        var eventName = new Option<string>("--event") { Description = "The event (a MedDRA term or everyday words).", Required = true };
        var roles = RoleOptions.Create();
        var json = CliContext.CreateJsonOption();
        var command = new Command("compare", "Would another drug of this class be better for me? Each member's reports of the event, label frequency against placebo, beside the class.") { drugClass, eventName, roles, json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var request = new CompareRequest(parseResult.GetValue(drugClass) ?? string.Empty, parseResult.GetValue(eventName) ?? string.Empty, RoleOptions.Parse(parseResult.GetValue(roles)));
            var result = new QueryService(workspace).Compare(request);
            return CommandOutput.Write(context, result, parseResult.GetValue(json), comparison => Render(context.Console, comparison));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ClassComparison comparison)
    {
        var c = CultureInfo.InvariantCulture;
        console.MarkupLine("[bold]" + Markup.Escape(comparison.Summary) + "[/]");
        var table = new Table().Title(Markup.Escape($"{comparison.Class} and {comparison.Event} ({comparison.Roles} roles), strongest association first"))
            .AddColumn("drug").AddColumn(new TableColumn("cases").RightAligned()).AddColumn(new TableColumn("PRR (95% CI)").RightAligned())
            .AddColumn(new TableColumn("IC025").RightAligned()).AddColumn(new TableColumn("EBGM").RightAligned()).AddColumn(new TableColumn("EB05").RightAligned())
            .AddColumn(new TableColumn("label % (placebo %)").RightAligned());
        foreach (var m in comparison.Members.Append(comparison.Whole))
        {
            var label = m.LabelPercent is null ? "–" : $"{Numbers.Format(m.LabelPercent)} ({(m.PlaceboPercent is null ? "–" : Numbers.Format(m.PlaceboPercent))})";
            var prr = Numbers.FormatWithInterval(m.Prr, m.PrrLower, m.PrrUpper);
            table.AddRow(Markup.Escape(ReferenceEquals(m, comparison.Whole) ? m.Drug + " (whole class)" : m.Drug), m.Cases.ToString("N0", c), prr, Numbers.Format(m.Ic025),
                m.Ebgm is null ? "–" : Numbers.Format(m.Ebgm), m.Eb05 is null ? "–" : Numbers.Format(m.Eb05), label);
        }

        console.Write(table);
        foreach (var caveat in comparison.Caveats)
        {
            console.MarkupLine("[grey]- " + Markup.Escape(caveat) + "[/]");
        }
    }
}
