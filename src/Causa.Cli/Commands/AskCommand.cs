using System.CommandLine;
using System.Globalization;
using Causa.Application.Queries;
using Causa.Cli.Rendering;
using Causa.Core.Query;
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
            using var workspace = context.OpenWorkspace(parseResult);
            var request = new AskRequest(parseResult.GetValue(drug) ?? string.Empty, parseResult.GetValue(eventName) ?? string.Empty, RoleOptions.Parse(parseResult.GetValue(roles)));
            var result = new QueryService(workspace).Ask(request);
            if (!result.TryGetValue(out var response, out var error))
            {
                return CliErrors.Report(context, error);
            }

            if (parseResult.GetValue(json))
            {
                JsonOutput.WriteResponse(context, response);
            }
            else if (response.Reports is { } answer)
            {
                Render(context.Console, answer, response.ResolvedDrug!, response.ResolvedEvent!);
                context.Console.WriteLine();
                EvidenceView.Render(context.Console, response.Evidence);
            }
            else
            {
                context.Console.MarkupLine($"[grey]{Markup.Escape(response.ReportsNote ?? string.Empty)}; the answer below comes from the other loaded sources.[/]");
                EvidenceView.Render(context.Console, response.Evidence);
            }

            return ExitCodes.Ok;
        });
        return command;
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
        stats.AddRow("expected count", Numbers.Format(answer.Expected), string.Empty, "observed a = " + answer.A.ToString(c));
        stats.AddRow("PRR", Numbers.Format(answer.Prr), Interval(answer.PrrLower, answer.PrrUpper), "PRR ≥ 2, χ² ≥ 4, a ≥ 3 (Evans)");
        stats.AddRow("ROR", Numbers.Format(answer.Ror), Interval(answer.RorLower, answer.RorUpper), "lower limit > 1");
        stats.AddRow("χ² (Yates)", Numbers.Format(answer.Chi2Yates), string.Empty, "≥ 4 (with PRR)");
        stats.AddRow("IC (BCPNN)", Numbers.Format(answer.Ic), Interval(answer.Ic025, answer.Ic975), "IC025 > 0");
        stats.AddRow("EBGM (MGPS)", Numbers.Format(answer.Ebgm), answer.Ebgm is null ? "n/a" : $"{Numbers.Format(answer.Eb05)} – {Numbers.Format(answer.Eb95)} (90%)", "EB05 ≥ 2");
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

    private static string Interval(double? lower, double? upper) => lower is null || upper is null ? "n/a" : $"{Numbers.Format(lower)} – {Numbers.Format(upper)}";
}
