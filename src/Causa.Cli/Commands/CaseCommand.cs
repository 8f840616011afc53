using System.CommandLine;
using System.Globalization;
using Causa.Application.Queries;
using Causa.Core.Storage;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa case CASEID</c>: the kept version of a case as a line listing.</summary>
internal static class CaseCommand
{
    public static Command Create(CliContext context)
    {
        var caseId = new Argument<string>("caseid") { Description = "FAERS case id (caseid; legacy AERS: case)." };
        var json = CliContext.CreateJsonOption();
        var command = new Command("case", "Show the kept version of a case: drugs with roles, events, indications, source quarter.") { caseId, json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            return CommandOutput.Write(context, new QueryService(workspace).Case(parseResult.GetValue(caseId) ?? string.Empty), parseResult.GetValue(json),
                response => Render(context.Console, response.Record));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CaseRecord r)
    {
        var c = CultureInfo.InvariantCulture;
        console.MarkupLine(string.Create(c, $"[bold]Case {r.CaseId}[/] version {r.CaseVersion} (primaryid {r.PrimaryId}) from {r.Quarter}, received by FDA {r.FdaDate}"));
        console.MarkupLine(Markup.Escape(string.Create(c,
            $"Patient: {r.Sex}, {(r.AgeYears is { } age ? age.ToString("0.#", c) + " years" : "age unknown")}; reporter {r.Reporter}; country {r.Country ?? "unknown"}; event date {(r.EventDate.HasValue ? r.EventDate.ToString() : "unknown")}; outcomes {(r.Outcomes == Core.Model.SeriousOutcomes.None ? "none reported" : r.Outcomes.ToString())}")));
        var drugs = new Table().AddColumn("role").AddColumn("reported name").AddColumn("coded ingredient").AddColumn("resolved to");
        foreach (var d in r.Drugs)
        {
            drugs.AddRow(QueryService.RoleCode(d.Role), Markup.Escape(d.DrugName), Markup.Escape(d.ProdAi ?? string.Empty), Markup.Escape(d.Ingredients.Count == 0 ? $"({d.Resolution})" : string.Join(" + ", d.Ingredients)));
        }

        console.Write(drugs);
        console.MarkupLine("Events: " + Markup.Escape(string.Join("; ", r.Events)));
        if (r.Indications.Count > 0)
        {
            console.MarkupLine("Indications: " + Markup.Escape(string.Join("; ", r.Indications.Select(static i => $"{i.Term} ({i.DrugName})"))));
        }
    }
}
