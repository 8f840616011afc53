using System.CommandLine;
using System.Globalization;
using Causa.Application.Queries;
using Causa.Cli.Rendering;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa top DRUG</c> or <c>causa top --event EVENT</c>: the strongest associations, ranked by IC025.</summary>
internal static class TopCommand
{
    public static Command Create(CliContext context)
    {
        var drug = new Argument<string?>("drug") { Description = "Drug whose most disproportionately reported events to list.", Arity = ArgumentArity.ZeroOrOne };
        var eventName = new Option<string?>("--event") { Description = "List the drugs most associated with this event instead (a MedDRA term or everyday words)." };
        var drugClass = new Option<string?>("--class")
        {
            Description = "A drug class (\"antidepressant\", SSRI, statin...; needs DrugCentral's pharm_class.tsv imported with 'causa vocab import'). " +
                "With --event: only the class members; alone: the events most associated with the class as a whole.",
        };
        var minCount = new Option<int>("--min-count") { Description = "Only pairs with at least this many cases (default 3).", DefaultValueFactory = _ => 3 };
        var limit = new Option<int>("--limit") { Description = "How many rows (default 20).", DefaultValueFactory = _ => 20 };
        var roles = RoleOptions.Create();
        var json = CliContext.CreateJsonOption();
        var command = new Command("top", "Strongest signals for a drug, drugs most associated with an event (--event), or a drug class (--class).") { drug, eventName, drugClass, minCount, limit, roles, json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var request = new TopRequest(parseResult.GetValue(drug), parseResult.GetValue(eventName), parseResult.GetValue(drugClass), parseResult.GetValue(minCount), parseResult.GetValue(limit), RoleOptions.Parse(parseResult.GetValue(roles)));
            var result = new QueryService(workspace).Top(request);
            return CommandOutput.Write(context, result, response =>
            {
                if (response.ScoresNote is { } note)
                {
                    // Standard error, so JSON on standard output stays the contract; the table still comes, without EBGM.
                    context.Error.WriteLine($"causa: note: EBGM and EB05 are not shown: {note.Message}{CliErrors.RemedyText(note.Remedy)}.");
                }

                if (parseResult.GetValue(json))
                {
                    JsonOutput.WriteResponse(context, response.Rows);
                }
                else
                {
                    Render(context.Console, response);
                }
            });
        });
        return command;
    }

    private static void Render(IAnsiConsole console, TopResponse response)
    {
        var rows = response.Rows;
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Title(Markup.Escape(response.Title) + string.Create(c, $" (≥ {response.MinCount} cases, {(response.Roles == Core.Model.RoleFilter.All ? "all roles" : "suspect roles")}, by IC025)"))
            .AddColumn("drug").AddColumn("event").AddColumn(new TableColumn("a").RightAligned()).AddColumn(new TableColumn("expected").RightAligned())
            .AddColumn(new TableColumn("PRR").RightAligned()).AddColumn(new TableColumn("ROR").RightAligned()).AddColumn(new TableColumn("IC025").RightAligned());
        if (response.HasScores)
        {
            table.AddColumn(new TableColumn("EBGM").RightAligned()).AddColumn(new TableColumn("EB05").RightAligned());
        }

        table.AddColumn("signals");
        foreach (var row in rows)
        {
            string[] cells = [Markup.Escape(row.Drug), Markup.Escape(row.Event), row.A.ToString("N0", c), Numbers.Format(row.Expected), Numbers.Format(row.Prr), Numbers.Format(row.Ror), Numbers.Format(row.Ic025)];
            table.AddRow(!response.HasScores ? [.. cells, string.Join(",", row.Signals)] : [.. cells, Numbers.Format(row.Ebgm), Numbers.Format(row.Eb05), string.Join(",", row.Signals)]);
        }

        console.Write(table);
        if (response.ClassLabel is not null)
        {
            console.MarkupLine($"[grey]Classes: {Markup.Escape(response.ClassLabel)} (DrugCentral).[/]");
        }

        if (rows.Count > 0)
        {
            // The expected count here is the 2×2 table's; the E beside EBGM in `causa signals` is summed over strata.
            console.MarkupLine("[grey]expected: (a+b)(a+c)/N of the 2×2 table, over all cases at once (not stratified); the E of `causa signals`, which EBGM is based on, is summed over strata and can differ.[/]");
        }

        if (rows.Count == 0)
        {
            console.MarkupLine(string.Create(c, $"[grey]No pair reaches {response.MinCount} cases; try a lower --min-count.[/]"));
        }
    }
}
