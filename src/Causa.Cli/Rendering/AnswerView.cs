using Causa.Application.Queries;
using Causa.Core.Evidence;
using Causa.Core.Questions;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>
/// The plain-language parts every answer shares, in the order a person reads them: how a whole question was read (and
/// any doubt, said before the answer), the two-line bottom line, then, after the evidence, a class's members, when to
/// see a doctor and related questions.
/// </summary>
internal static class AnswerView
{
    /// <summary>How the question was read and any doubt about it; nothing for the DRUG EVENT form.</summary>
    public static void RenderReading(IAnsiConsole console, AnswerGuide? guide)
    {
        if (guide?.Reading is not { } reading)
        {
            return;
        }

        var drug = reading.Class ?? string.Join(" + ", reading.Ingredients);
        var asked = guide.Question switch
        {
            QuestionKind.Cause => "whether it can cause it",
            QuestionKind.Help => "whether it helps with it",
            _ => "both whether it can cause it and whether it helps",
        };
        ConsoleLine.Write(console, $"Read as: \"{reading.Drug}\" → {drug}; \"{reading.Condition}\" → {reading.Term}; asking {asked}.", ConsoleLine.Grey);
        foreach (var problem in reading.Problems)
        {
            new ConsoleLine().Add("Note:", ConsoleLine.Yellow).Add(" " + problem).WriteTo(console);
        }
    }

    /// <summary>The two-line bottom line (can it cause? does it help?), the line the question asked about first.</summary>
    public static void RenderBottomLine(IAnsiConsole console, AnswerGuide? guide)
    {
        if (guide is null || guide.BottomLine.Count == 0)
        {
            return;
        }

        var lines = guide.Question == QuestionKind.Help ? guide.BottomLine.Reverse() : guide.BottomLine;
        foreach (var line in lines)
        {
            ConsoleLine.Write(console, line, ConsoleLine.Bold);
        }
    }

    /// <summary>A class's members with their two verdicts.</summary>
    public static void RenderClass(IAnsiConsole console, ClassAnswer? drugClass)
    {
        if (drugClass is null)
        {
            return;
        }

        console.WriteLine();
        new ConsoleLine().Add(drugClass.Name, ConsoleLine.Bold).Add($": {drugClass.Members.Count} member(s)").WriteTo(console);
        var table = new Table().AddColumn("medicine").AddColumn("can it cause it?").AddColumn("does it help?");
        foreach (var m in drugClass.Members)
        {
            table.AddRow(Markup.Escape(m.Drug), Markup.Escape(m.Cause.Verdict), Markup.Escape(m.Help.Verdict));
        }

        console.Write(table);
    }

    /// <summary>When to see a doctor, then related questions; nothing for an empty list.</summary>
    public static void RenderGuide(IAnsiConsole console, AnswerGuide? guide)
    {
        if (guide is null)
        {
            return;
        }

        if (guide.WarningSigns.Count > 0)
        {
            console.WriteLine();
            ConsoleLine.Write(console, "When to see a doctor", ConsoleLine.Bold);
            foreach (var sign in guide.WarningSigns)
            {
                new ConsoleLine().Add($"  • {sign.Sign} ").Add($"({sign.Source})", ConsoleLine.Grey).WriteTo(console);
            }
        }

        if (guide.SeeAlso.Count > 0)
        {
            console.WriteLine();
            ConsoleLine.Write(console, "Related questions", ConsoleLine.Bold);
            foreach (var item in guide.SeeAlso)
            {
                ConsoleLine.Write(console, $"  • {item.Drug} and {item.Event}: {item.Why}");
            }
        }
    }
}
