using System.CommandLine;
using Causa.Application.Queries;
using Causa.Core.Evidence;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa evidence DRUG CONDITION [--json]</c>: one answer to "can it cause?" and "does it help?" from every loaded
/// evidence source and the FAERS store, each verdict with its evidence lines and the caveats. Exit codes: 0 answered,
/// 1 unknown drug or condition, 2 unreadable source, vocabulary or store file.
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var drug = new Argument<string>("drug") { Description = "Drug: ingredient or brand name (e.g. trazodone, Cymbalta)." };
        var condition = new Argument<string>("condition") { Description = "Condition or event: MedDRA term or everyday wording (e.g. priapism, \"restless legs\")." };
        var json = CliContext.CreateJsonOption();
        var command = new Command("evidence", "Can DRUG cause CONDITION, and does it help with it? Every loaded source, weighed into two verdicts.") { drug, condition, json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var result = new QueryService(workspace).Evidence(new EvidenceRequest(parseResult.GetValue(drug) ?? string.Empty, parseResult.GetValue(condition) ?? string.Empty));
            if (!result.TryGetValue(out var answer, out var error))
            {
                return CliErrors.Report(context, error);
            }

            if (parseResult.GetValue(json))
            {
                JsonOutput.WriteResponse(context, answer);
            }
            else
            {
                Render(context.Console, answer);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes both verdicts with their lines and the caveats; also usable by <c>causa ask</c>.</summary>
    internal static void Render(IAnsiConsole console, EvidenceAnswer answer)
    {
        console.MarkupLine($"[bold]{Markup.Escape(answer.Drug)}[/] and [bold]{Markup.Escape(answer.Term)}[/]");
        console.MarkupLine($"Can it cause it?  [bold]{Markup.Escape(answer.Cause.Verdict)}[/]");
        WriteLines(console, answer.Cause.Lines);
        console.MarkupLine($"Does it help?     [bold]{Markup.Escape(answer.Help.Verdict)}[/]");
        WriteLines(console, answer.Help.Lines);
        foreach (var caveat in answer.Caveats)
        {
            console.MarkupLine($"  • {Markup.Escape(caveat)}");
        }
    }

    private static void WriteLines(IAnsiConsole console, IReadOnlyList<EvidenceLine> lines)
    {
        if (lines.Count == 0)
        {
            console.MarkupLine("  [grey]no loaded source has a line on this[/]");
            return;
        }

        foreach (var l in lines)
        {
            var meta = string.IsNullOrEmpty(l.Unit) ? l.Period : $"{l.Period}; {l.Unit}";
            var style = l.Counted ? string.Empty : "[grey]";
            var end = l.Counted ? string.Empty : "[/]";
            console.MarkupLine($"  {style}[[{Markup.Escape(l.Source)}]] {Markup.Escape(l.Summary)} ({Markup.Escape(meta)}){(l.Note is null ? string.Empty : " — " + Markup.Escape(l.Note))}{end}");
        }
    }
}
