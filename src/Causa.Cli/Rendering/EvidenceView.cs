using Causa.Core;
using Causa.Core.Evidence;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>Renders an evidence answer: both verdicts with their lines, and the caveats.</summary>
internal static class EvidenceView
{
    /// <summary>Writes both verdicts with their lines and the caveats; for <c>evidence</c> and <c>ask</c>.</summary>
    internal static void Render(IAnsiConsole console, EvidenceAnswer answer)
    {
        console.MarkupLine($"[bold]{Markup.Escape(answer.Drug)}[/] and [bold]{Markup.Escape(answer.Term)}[/]");
        console.MarkupLine($"Can it cause it?  [bold]{Markup.Escape(answer.Cause.Verdict)}[/]");
        WriteLines(console, answer.Cause.Lines);
        console.MarkupLine($"Does it help?     [bold]{Markup.Escape(answer.Help.Verdict)}[/]");
        WriteLines(console, answer.Help.Lines);
        for (var i = 0; i < answer.Caveats.Count; i++)
        {
            var caveat = answer.Caveats[i];
            if (i == answer.Caveats.Count - 1 && answer.Remedy != Remedy.None)
            {
                // The remedy belongs to the last caveat, a sentence: the CLI's words go before its full stop.
                caveat = caveat.TrimEnd('.') + CliErrors.RemedyText(answer.Remedy) + ".";
            }

            console.MarkupLine($"  • {Markup.Escape(caveat)}");
        }
    }

    /// <summary>Writes a class's shared verdicts (or <c>mixed</c>) and the members that stand out.</summary>
    internal static void RenderClassVerdicts(IAnsiConsole console, EvidenceAnswer answer, ClassAnswer drugClass)
    {
        console.MarkupLine($"[bold]{Markup.Escape(drugClass.Name)}[/] and [bold]{Markup.Escape(answer.Term)}[/]");
        console.MarkupLine($"Can they cause it?  [bold]{Markup.Escape(drugClass.CauseVerdict)}[/]");
        console.MarkupLine($"Do they help?       [bold]{Markup.Escape(drugClass.HelpVerdict)}[/]");
        foreach (var standOut in drugClass.StandOut)
        {
            console.MarkupLine($"  • {Markup.Escape(standOut)}");
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
