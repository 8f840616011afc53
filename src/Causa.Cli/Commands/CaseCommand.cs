using System.CommandLine;
using System.Globalization;
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
            var text = parseResult.GetValue(caseId) ?? string.Empty;
            if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                context.Error.WriteLine($"causa: '{text}' is not a case id (digits only).");
                return ExitCodes.BadInput;
            }

            var (store, code) = StoreAccess.Open(context, parseResult);
            if (store is null)
            {
                return code;
            }

            using (store)
            {
                var record = store.FindCase(id);
                if (record is null)
                {
                    context.Error.WriteLine(store.IsDeleted(id)
                        ? $"causa: case {id} was removed by FDA (it is on a DELETE list)."
                        : $"causa: case {id} is not in the store (not in any quarter ingested).");
                    return ExitCodes.BadInput;
                }

                if (parseResult.GetValue(json))
                {
                    JsonOutput.Write(context, ToJson(record));
                }
                else
                {
                    Render(context.Console, record);
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static object ToJson(CaseRecord r) => new
    {
        caseid = r.CaseId,
        primaryid = r.PrimaryId,
        caseversion = r.CaseVersion,
        quarter = r.Quarter.ToString(),
        fda_dt = r.FdaDate.ToString(),
        event_dt = r.EventDate.HasValue ? r.EventDate.ToString() : null,
        sex = r.Sex,
        age_years = r.AgeYears,
        age_group = r.AgeGroup,
        reporter = r.Reporter,
        country = r.Country,
        outcomes = r.Outcomes == Core.Model.SeriousOutcomes.None ? [] : r.Outcomes.ToString().Split(", "),
        drugs = r.Drugs.Select(d => new { drugname = d.DrugName, prod_ai = d.ProdAi, role = RoleCode(d.Role), ingredients = d.Ingredients, resolution = d.Resolution }),
        events = r.Events,
        indications = r.Indications.Select(i => new { drugname = i.DrugName, term = i.Term }),
    };

    private static string RoleCode(Core.Model.DrugRole role) => role switch
    {
        Core.Model.DrugRole.PrimarySuspect => "PS",
        Core.Model.DrugRole.SecondarySuspect => "SS",
        Core.Model.DrugRole.Concomitant => "C",
        Core.Model.DrugRole.Interacting => "I",
        _ => "?",
    };

    private static void Render(IAnsiConsole console, CaseRecord r)
    {
        var c = CultureInfo.InvariantCulture;
        console.MarkupLine(string.Create(c, $"[bold]Case {r.CaseId}[/] version {r.CaseVersion} (primaryid {r.PrimaryId}) from {r.Quarter}, received by FDA {r.FdaDate}"));
        console.MarkupLine(Markup.Escape(string.Create(c,
            $"Patient: {r.Sex}, {(r.AgeYears is { } age ? age.ToString("0.#", c) + " years" : "age unknown")}; reporter {r.Reporter}; country {r.Country ?? "unknown"}; event date {(r.EventDate.HasValue ? r.EventDate.ToString() : "unknown")}; outcomes {(r.Outcomes == Core.Model.SeriousOutcomes.None ? "none reported" : r.Outcomes.ToString())}")));
        var drugs = new Table().AddColumn("role").AddColumn("reported name").AddColumn("coded ingredient").AddColumn("resolved to");
        foreach (var d in r.Drugs)
        {
            drugs.AddRow(RoleCode(d.Role), Markup.Escape(d.DrugName), Markup.Escape(d.ProdAi ?? string.Empty), Markup.Escape(d.Ingredients.Count == 0 ? $"({d.Resolution})" : string.Join(" + ", d.Ingredients)));
        }

        console.Write(drugs);
        console.MarkupLine("Events: " + Markup.Escape(string.Join("; ", r.Events)));
        if (r.Indications.Count > 0)
        {
            console.MarkupLine("Indications: " + Markup.Escape(string.Join("; ", r.Indications.Select(static i => $"{i.Term} ({i.DrugName})"))));
        }
    }
}
