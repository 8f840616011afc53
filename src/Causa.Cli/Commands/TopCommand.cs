using System.CommandLine;
using System.Globalization;
using Causa.Core.Query;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa top DRUG</c> or <c>causa top --event EVENT</c>: the strongest associations, ranked by IC025.</summary>
internal static class TopCommand
{
    public static Command Create(CliContext context)
    {
        var drug = new Argument<string?>("drug") { Description = "Drug whose most disproportionately reported events to list.", Arity = ArgumentArity.ZeroOrOne };
        var eventName = new Option<string?>("--event") { Description = "List the drugs most associated with this event instead." };
        var minCount = new Option<int>("--min-count") { Description = "Only pairs with at least this many cases (default 3).", DefaultValueFactory = _ => 3 };
        var limit = new Option<int>("--limit") { Description = "How many rows (default 20).", DefaultValueFactory = _ => 20 };
        var roles = RoleOptions.Create();
        var json = CliContext.CreateJsonOption();
        var command = new Command("top", "Strongest signals for a drug, or drugs most associated with an event (--event).") { drug, eventName, minCount, limit, roles, json };
        command.SetAction(parseResult =>
        {
            var drugText = parseResult.GetValue(drug);
            var eventText = parseResult.GetValue(eventName);
            if (string.IsNullOrWhiteSpace(drugText) == string.IsNullOrWhiteSpace(eventText))
            {
                context.Error.WriteLine("causa: give either a DRUG or --event EVENT (one of them).");
                return ExitCodes.BadInput;
            }

            if (parseResult.GetValue(minCount) < 1 || parseResult.GetValue(limit) < 1)
            {
                context.Error.WriteLine("causa: --min-count and --limit must be at least 1.");
                return ExitCodes.BadInput;
            }

            var (store, code) = StoreAccess.Open(context, parseResult);
            if (store is null)
            {
                return code;
            }

            using (store)
            {
                var lookup = new StoreNameLookup(store);
                var queries = new SignalQueries(store);
                var query = new TopQuery(RoleOptions.Parse(parseResult.GetValue(roles)), parseResult.GetValue(minCount), parseResult.GetValue(limit));
                IReadOnlyList<TopEntry> rows;
                string title;
                if (!string.IsNullOrWhiteSpace(drugText))
                {
                    var match = lookup.FindDrug(drugText);
                    if (!match.IsFound)
                    {
                        return NameErrors.Report(context, match, "drug");
                    }

                    rows = queries.TopEventsForDrug(match.Id, query);
                    title = $"Events most disproportionately reported with {match.Name}";
                }
                else
                {
                    var match = lookup.FindEvent(eventText!);
                    if (!match.IsFound)
                    {
                        return NameErrors.Report(context, match, "event");
                    }

                    rows = queries.TopDrugsForEvent(match.Id, query);
                    title = $"Drugs most disproportionately reported with {match.Name}";
                }

                if (parseResult.GetValue(json))
                {
                    JsonOutput.Write(context, rows);
                    return ExitCodes.Ok;
                }

                var c = CultureInfo.InvariantCulture;
                var table = new Table().Title(Markup.Escape(title) + string.Create(c, $" (≥ {query.MinCount} cases, {(query.Roles == Core.Model.RoleFilter.All ? "all roles" : "suspect roles")}, by IC025)"))
                    .AddColumn("drug").AddColumn("event").AddColumn(new TableColumn("a").RightAligned()).AddColumn(new TableColumn("expected").RightAligned())
                    .AddColumn(new TableColumn("PRR").RightAligned()).AddColumn(new TableColumn("ROR").RightAligned()).AddColumn(new TableColumn("IC025").RightAligned()).AddColumn("signals");
                foreach (var row in rows)
                {
                    table.AddRow(Markup.Escape(row.Drug), Markup.Escape(row.Event), row.A.ToString("N0", c), AskCommand.Number(row.Expected), AskCommand.Number(row.Prr), AskCommand.Number(row.Ror), AskCommand.Number(row.Ic025), string.Join(",", row.Signals));
                }

                context.Console.Write(table);
                if (rows.Count == 0)
                {
                    context.Console.MarkupLine(string.Create(c, $"[grey]No pair reaches {query.MinCount} cases; try a lower --min-count.[/]"));
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
