using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Causa.Core.Query;
using Causa.Storage.Files;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa ask DRUG EVENT</c>: the 2×2 table, every statistic with its interval, the signal flags and a verdict.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var drug = new Argument<string>("drug") { Description = "Drug: ingredient, brand, salt or misspelt name, any case (e.g. mirtazapine, Remeron, mirtazepine)." };
        var eventName = new Argument<string>("event") { Description = "Event: a MedDRA preferred term or everyday words in English, Dutch, German, French or Spanish (e.g. \"restless legs\", backache, rugpijn)." };
        var roles = RoleOptions.Create();
        var json = CliContext.CreateJsonOption();
        var command = new Command("ask", "Can DRUG cause EVENT? What the FAERS reports in the store say, with numbers and caveats.") { drug, eventName, roles, json };
        command.SetAction(parseResult =>
        {
            var drugText = parseResult.GetValue(drug) ?? string.Empty;
            var eventText = parseResult.GetValue(eventName) ?? string.Empty;
            var directory = context.ResolveStoreDirectory(parseResult);
            if (!CaseStore.Exists(directory) && HasEvidenceSources(directory))
            {
                // No FAERS store, but label and indication sources are loaded: answer from those.
                return AnswerFromSourcesOnly(context, directory, drugText, eventText, parseResult.GetValue(json), "no FAERS reports have been ingested");
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

                var drugMatch = lookup.FindDrug(drugText);
                var eventMatch = drugMatch.IsFound ? lookup.FindEvent(eventText) : null;
                if ((!drugMatch.IsFound || eventMatch is { IsFound: false }) && HasEvidenceSources(directory))
                {
                    // The reports say nothing about this name, but another loaded source may.
                    var missing = !drugMatch.IsFound ? $"no FAERS report in the store mentions '{drugText}'" : $"no FAERS report in the store mentions '{eventText}'";
                    store.Dispose();
                    return AnswerFromSourcesOnly(context, directory, drugText, eventText, parseResult.GetValue(json), missing);
                }

                if (!drugMatch.IsFound)
                {
                    return NameErrors.Report(context, drugMatch, "drug");
                }

                if (eventMatch is null || !eventMatch.IsFound)
                {
                    return NameErrors.Report(context, eventMatch ?? lookup.FindEvent(eventText), "event");
                }

                var roleFilter = RoleOptions.Parse(parseResult.GetValue(roles));
                using var saved = SavedSignals.OpenCurrent(store, roleFilter, out var mgpsNote);
                var answer = new SignalQueries(store).Ask(drugMatch.Id, eventMatch.Id, roleFilter, saved, mgpsNote);

                // The two verdicts ("can it cause?", "does it help?") weigh the reports with every loaded source.
                var evidence = EvidenceCommand.ForAsk(directory, store, answer, out var evidenceError);
                if (evidence is null)
                {
                    context.Error.WriteLine("causa: " + evidenceError);
                    return ExitCodes.BadData;
                }

                if (parseResult.GetValue(json))
                {
                    // The answer's keys stay as they are; the verdicts and how each name was resolved are added beside them.
                    var node = EvidenceCommand.AskJson(answer, evidence);
                    node["drug_match"] = NameLookups.ToJson(drugMatch, isEvent: false);
                    node["event_match"] = NameLookups.ToJson(eventMatch, isEvent: true);
                    JsonOutput.Write(context, node);
                }
                else
                {
                    Render(context.Console, answer, drugMatch, eventMatch);
                    context.Console.WriteLine();
                    EvidenceCommand.Render(context.Console, evidence);
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static bool HasEvidenceSources(string directory) => File.Exists(Path.Combine(directory, Causa.Core.Sources.EvidenceSourceFile.FileName));

    /// <summary>Answers from the loaded label, indication and count-table sources alone (no FAERS 2×2 table).</summary>
    private static int AnswerFromSourcesOnly(CliContext context, string directory, string drugText, string eventText, bool json, string why)
    {
        var opened = CaseStore.Open(directory);
        using var store = opened.Store;
        if (!Causa.Core.Evidence.EvidenceQuery.TryOpen(directory, store, out var query, out var error))
        {
            context.Error.WriteLine("causa: " + error);
            return ExitCodes.BadData;
        }

        {
            var ingredient = query.ResolveDrug(drugText, out var drugReason);
            if (ingredient is null)
            {
                context.Error.WriteLine("causa: " + drugReason);
                return ExitCodes.BadInput;
            }

            var term = query.ResolveTerm(eventText, out var termReason);
            if (term is null)
            {
                context.Error.WriteLine("causa: " + termReason);
                return ExitCodes.BadInput;
            }

            var answer = query.Assess(ingredient, term);
            if (json)
            {
                var node = JsonSerializer.SerializeToNode(answer, JsonOutput.Options)!.AsObject();
                node["reports_note"] = why;
                JsonOutput.Write(context, node);
            }
            else
            {
                context.Console.MarkupLine($"[grey]{Markup.Escape(why)}; the answer below comes from the other loaded sources.[/]");
                EvidenceCommand.Render(context.Console, answer);
            }

            return ExitCodes.Ok;
        }
    }

    private static void Render(IAnsiConsole console, PairAnswer answer, NameMatch drugMatch, NameMatch eventMatch)
    {
        var c = CultureInfo.InvariantCulture;
        var notes = new[] { NameLookups.Describe(drugMatch), NameLookups.Describe(eventMatch) }.Where(static n => n.Length > 0).ToList();
        var resolvedNote = notes.Count == 0 ? string.Empty : $" [grey]({Markup.Escape(string.Join("; ", notes))})[/]";
        console.MarkupLine($"[bold]{Markup.Escape(answer.Drug)}[/] and [bold]{Markup.Escape(answer.Event)}[/]{resolvedNote}");
        if (eventMatch.Related.Count > 0)
        {
            // Related terms are never merged into the user's term: say so, and that they are asked about on their own.
            var names = eventMatch.Related.Count == 1 ? eventMatch.Related[0] : string.Join(", ", eventMatch.Related.Take(eventMatch.Related.Count - 1)) + " and " + eventMatch.Related[^1];
            var sentence = eventMatch.Related.Count == 1 ? $"{names} is a separate term; ask about it separately." : $"{names} are separate terms; ask about them separately.";
            console.MarkupLine($"[grey]{Markup.Escape(sentence)}[/]");
        }

        console.MarkupLine(string.Create(c, $"[grey]{answer.N:N0} unique cases in the store; drug roles counted: {answer.Roles}[/]"));

        var table = new Table().AddColumn(string.Empty).AddColumn(new TableColumn(Markup.Escape(answer.Event)).RightAligned()).AddColumn(new TableColumn("other events").RightAligned()).AddColumn(new TableColumn("total").RightAligned());
        table.AddRow(Markup.Escape(answer.Drug), answer.A.ToString("N0", c), answer.B.ToString("N0", c), (answer.A + answer.B).ToString("N0", c));
        table.AddRow("other drugs", answer.C.ToString("N0", c), answer.D.ToString("N0", c), (answer.C + answer.D).ToString("N0", c));
        table.AddRow("total", (answer.A + answer.C).ToString("N0", c), (answer.B + answer.D).ToString("N0", c), answer.N.ToString("N0", c));
        console.Write(table);

        var stats = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned()).AddColumn(new TableColumn("95% interval").RightAligned()).AddColumn("signal when");
        stats.AddRow("expected count", Number(answer.Expected), string.Empty, "observed a = " + answer.A.ToString(c));
        stats.AddRow("PRR", Number(answer.Prr), Interval(answer.PrrLower, answer.PrrUpper), "PRR ≥ 2, χ² ≥ 4, a ≥ 3 (Evans)");
        stats.AddRow("ROR", Number(answer.Ror), Interval(answer.RorLower, answer.RorUpper), "lower limit > 1");
        stats.AddRow("χ² (Yates)", Number(answer.Chi2Yates), string.Empty, "≥ 4 (with PRR)");
        stats.AddRow("IC (BCPNN)", Number(answer.Ic), Interval(answer.Ic025, answer.Ic975), "IC025 > 0");
        stats.AddRow("EBGM (MGPS)", Number(answer.Ebgm), answer.Ebgm is null ? "n/a" : $"{Number(answer.Eb05)} – {Number(answer.Eb95)} (90%)", "EB05 ≥ 2");
        console.Write(stats);
        console.MarkupLine("Signals: " + (answer.Signals.Count == 0 ? "none" : $"[yellow]{string.Join(", ", answer.Signals)}[/]"));
        if (answer.MgpsNote is not null)
        {
            console.MarkupLine($"[grey]EBGM: {Markup.Escape(answer.MgpsNote)}[/]");
        }
        console.WriteLine();
        console.MarkupLine($"[bold]Verdict:[/] {Markup.Escape(answer.Verdict)}");
        foreach (var caveat in answer.Caveats)
        {
            console.MarkupLine($"  • {Markup.Escape(caveat)}");
        }
    }

    internal static string Number(double? value) => value is { } v ? v.ToString(Math.Abs(v) >= 1000 ? "N0" : "0.###", CultureInfo.InvariantCulture) : "n/a";

    private static string Interval(double? lower, double? upper) => lower is null || upper is null ? "n/a" : $"{Number(lower)} – {Number(upper)}";
}
