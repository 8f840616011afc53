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
        console.MarkupLine($"[grey]Read as: \"{Markup.Escape(reading.Drug ?? string.Empty)}\" → {Markup.Escape(drug)}; \"{Markup.Escape(reading.Condition ?? string.Empty)}\" → {Markup.Escape(reading.Term ?? string.Empty)}; asking {asked}.[/]");
        foreach (var problem in reading.Problems)
        {
            console.MarkupLine($"[yellow]Note:[/] {Markup.Escape(problem)}");
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
            console.MarkupLine($"[bold]{Markup.Escape(line)}[/]");
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
        console.MarkupLine($"[bold]{Markup.Escape(drugClass.Name)}[/]: {drugClass.Members.Count} member(s)");
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
            console.MarkupLine("[bold]When to see a doctor[/]");
            foreach (var sign in guide.WarningSigns)
            {
                console.MarkupLine($"  • {Markup.Escape(sign.Sign)} [grey]({Markup.Escape(sign.Source)})[/]");
            }
        }

        if (guide.SeeAlso.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Related questions[/]");
            foreach (var item in guide.SeeAlso)
            {
                console.MarkupLine($"  • {Markup.Escape(item.Drug)} and {Markup.Escape(item.Event)}: {Markup.Escape(item.Why)}");
            }
        }
    }
}
