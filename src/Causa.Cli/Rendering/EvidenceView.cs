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
        new ConsoleLine().Add(answer.Drug, ConsoleLine.Bold).Add(" and ").Add(answer.Term, ConsoleLine.Bold).WriteTo(console);
        new ConsoleLine().Add("Can it cause it?  ").Add(answer.Cause.Verdict, ConsoleLine.Bold).WriteTo(console);
        WriteLines(console, answer.Cause.Lines);
        new ConsoleLine().Add("Does it help?     ").Add(answer.Help.Verdict, ConsoleLine.Bold).WriteTo(console);
        WriteLines(console, answer.Help.Lines);
        for (var i = 0; i < answer.Caveats.Count; i++)
        {
            var caveat = answer.Caveats[i];
            if (i == answer.Caveats.Count - 1 && answer.Remedy != Remedy.None)
            {
                // The remedy belongs to the last caveat, a sentence: the CLI's words go before its full stop.
                caveat = caveat.TrimEnd('.') + CliErrors.RemedyText(answer.Remedy) + ".";
            }

            ConsoleLine.Write(console, "  • " + caveat);
        }
    }

    /// <summary>Writes a class's shared verdicts (or <c>mixed</c>) and the members that stand out.</summary>
    internal static void RenderClassVerdicts(IAnsiConsole console, EvidenceAnswer answer, ClassAnswer drugClass)
    {
        new ConsoleLine().Add(drugClass.Name, ConsoleLine.Bold).Add(" and ").Add(answer.Term, ConsoleLine.Bold).WriteTo(console);
        new ConsoleLine().Add("Can they cause it?  ").Add(drugClass.CauseVerdict, ConsoleLine.Bold).WriteTo(console);
        new ConsoleLine().Add("Do they help?       ").Add(drugClass.HelpVerdict, ConsoleLine.Bold).WriteTo(console);
        foreach (var standOut in drugClass.StandOut)
        {
            ConsoleLine.Write(console, "  • " + standOut);
        }
    }

    private static void WriteLines(IAnsiConsole console, IReadOnlyList<EvidenceLine> lines)
    {
        if (lines.Count == 0)
        {
            new ConsoleLine().Add("  ").Add("no loaded source has a line on this", ConsoleLine.Grey).WriteTo(console);
            return;
        }

        foreach (var l in lines)
        {
            var meta = string.IsNullOrEmpty(l.Unit) ? l.Period : $"{l.Period}; {l.Unit}";
            var text = $"[{l.Source}] {l.Summary} ({meta}){(l.Note is null ? string.Empty : " — " + l.Note)}";
            var line = new ConsoleLine().Add("  ");
            if (l.Counted)
            {
                line.Add(text);
            }
            else
            {
                // A line the verdict does not count is written grey.
                line.Add(text, ConsoleLine.Grey);
            }

            line.WriteTo(console);
        }
    }
}
