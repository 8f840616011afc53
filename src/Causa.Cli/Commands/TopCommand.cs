using System.CommandLine;
using System.Globalization;
using Causa.Core.Query;
using Causa.Storage.Files;
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
            var drugText = parseResult.GetValue(drug);
            var eventText = parseResult.GetValue(eventName);
            var classText = parseResult.GetValue(drugClass);
            var hasClass = !string.IsNullOrWhiteSpace(classText);
            if (!string.IsNullOrWhiteSpace(drugText) && (hasClass || !string.IsNullOrWhiteSpace(eventText)))
            {
                context.Error.WriteLine("causa: give a DRUG, or --event EVENT, or --class CLASS (optionally with --event), not a DRUG with them.");
                return ExitCodes.BadInput;
            }

            if (string.IsNullOrWhiteSpace(drugText) && string.IsNullOrWhiteSpace(eventText) && !hasClass)
            {
                context.Error.WriteLine("causa: give a DRUG, --event EVENT or --class CLASS.");
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
                var lookup = NameLookups.Open(context, store);
                if (lookup is null)
                {
                    return ExitCodes.BadData;
                }

                var queries = new SignalQueries(store);
                var roleFilter = RoleOptions.Parse(parseResult.GetValue(roles));
                using var saved = SavedSignals.OpenCurrent(store, roleFilter, out _);
                var query = new TopQuery(roleFilter, parseResult.GetValue(minCount), parseResult.GetValue(limit), saved);
                IReadOnlyList<TopEntry> rows;
                string title;
                DrugClassMatch? classMatch = null;
                if (hasClass)
                {
                    if (lookup.Vocabulary.Classes.Count == 0)
                    {
                        context.Error.WriteLine("causa: no drug classes are known yet. Import DrugCentral's classes and names first: " +
                            "`causa vocab import drugcentral_2016/pharm_class.tsv drugcentral_2016/identifiers.tsv` (the drugcentral_2016 folder beside the FAERS data).");
                        return ExitCodes.BadInput;
                    }

                    classMatch = lookup.FindClass(classText!);
                    if (classMatch.Classes.Count == 0)
                    {
                        context.Error.WriteLine($"causa: no drug class matches '{classText}'. Try a class name such as antidepressant, SSRI, statin, opioid, NSAID or beta blocker.");
                        return ExitCodes.BadInput;
                    }

                    if (classMatch.IngredientIds.Count == 0)
                    {
                        context.Error.WriteLine($"causa: no member of {classMatch.Label} is in the store.");
                        return ExitCodes.BadInput;
                    }
                }

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
                else if (!string.IsNullOrWhiteSpace(eventText))
                {
                    var match = lookup.FindEvent(eventText);
                    if (!match.IsFound)
                    {
                        return NameErrors.Report(context, match, "event");
                    }

                    if (classMatch is null)
                    {
                        rows = queries.TopDrugsForEvent(match.Id, query);
                        title = $"Drugs most disproportionately reported with {match.Name}";
                    }
                    else
                    {
                        rows = new ClassQueries(store).TopMembersForEvent(match.Id, classMatch.IngredientIds, query);
                        title = $"Class '{classText!.Trim()}' members ({classMatch.IngredientIds.Count} in the store) most disproportionately reported with {match.Name}";
                    }
                }
                else
                {
                    rows = new ClassQueries(store).TopEventsForClass(classText!.Trim() + " (class)", classMatch!.IngredientIds, query);
                    title = $"Events most disproportionately reported with class '{classText.Trim()}' ({classMatch.IngredientIds.Count} members in the store)";
                }

                if (parseResult.GetValue(json))
                {
                    JsonOutput.Write(context, rows);
                    return ExitCodes.Ok;
                }

                var c = CultureInfo.InvariantCulture;
                var table = new Table().Title(Markup.Escape(title) + string.Create(c, $" (≥ {query.MinCount} cases, {(query.Roles == Core.Model.RoleFilter.All ? "all roles" : "suspect roles")}, by IC025)"))
                    .AddColumn("drug").AddColumn("event").AddColumn(new TableColumn("a").RightAligned()).AddColumn(new TableColumn("expected").RightAligned())
                    .AddColumn(new TableColumn("PRR").RightAligned()).AddColumn(new TableColumn("ROR").RightAligned()).AddColumn(new TableColumn("IC025").RightAligned());
                if (saved is not null)
                {
                    table.AddColumn(new TableColumn("EBGM").RightAligned()).AddColumn(new TableColumn("EB05").RightAligned());
                }

                table.AddColumn("signals");
                foreach (var row in rows)
                {
                    string[] cells = [Markup.Escape(row.Drug), Markup.Escape(row.Event), row.A.ToString("N0", c), AskCommand.Number(row.Expected), AskCommand.Number(row.Prr), AskCommand.Number(row.Ror), AskCommand.Number(row.Ic025)];
                    table.AddRow(saved is null ? [.. cells, string.Join(",", row.Signals)] : [.. cells, AskCommand.Number(row.Ebgm), AskCommand.Number(row.Eb05), string.Join(",", row.Signals)]);
                }

                context.Console.Write(table);
                if (classMatch is not null)
                {
                    context.Console.MarkupLine($"[grey]Classes: {Markup.Escape(classMatch.Label)} (DrugCentral).[/]");
                }

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
