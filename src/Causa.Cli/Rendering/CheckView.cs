using System.Globalization;
using Causa.Application.Articles;
using Causa.Checking;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>
/// Renders an article check for a reader who is not an analyst: the count of claims by rating first, the places where
/// the article contradicts itself, then each claim in plain words with its rating, the evidence verdict, the sentences
/// that make it and the evidence lines. Everything from the article is escaped, never read as markup.
/// </summary>
internal static class CheckView
{
    public static void Render(IAnsiConsole console, ArticleCheck check)
    {
        var s = check.Summary;
        var c = CultureInfo.InvariantCulture;
        console.MarkupLine(string.Create(c, $"[bold]{s.Claims} claim(s)[/] about drugs and conditions in {s.Sentences} sentence(s) ({Words(check.Format)})."));
        if (s.Claims == 0)
        {
            console.MarkupLine("No sentence says that a drug Causa knows causes or treats a condition.");
            return;
        }

        console.MarkupLine(string.Create(c, $"  {s.Supported} supported · {s.Contradicted} contradicted · {s.Unsupported} not supported · {s.NotAssessable} cannot be checked"));
        if (s.ClaimsOmitted > 0)
        {
            console.MarkupLine(string.Create(c, $"  [yellow]{s.ClaimsOmitted} further claim(s) were left out: the article is longer than Causa checks at once.[/]"));
        }

        foreach (var contradiction in s.SelfContradictions)
        {
            console.MarkupLine($"  [yellow]The article contradicts itself:[/] {Markup.Escape(ClaimWording.Contradiction(contradiction))}.");
        }

        for (var i = 0; i < check.Claims.Count; i++)
        {
            var claim = check.Claims[i];
            console.WriteLine();
            console.MarkupLine(string.Create(c, $"[bold]{i + 1}. {Markup.Escape(ClaimWording.Statement(claim))}[/] — {Rating(claim.Assessment)}"));
            console.MarkupLine($"   Evidence verdict ({ClaimWording.Question(claim.Relation).ToLowerInvariant()}): [bold]{Markup.Escape(claim.Verdict ?? "none")}[/]{(claim.Hedged ? "; the article hedges the claim" : string.Empty)}");
            foreach (var quote in claim.Quotes)
            {
                console.MarkupLine(string.Create(c, $"   [grey]“{Markup.Escape(quote.Text)}” (characters {quote.Start}–{quote.End})[/]"));
            }

            foreach (var line in claim.Evidence)
            {
                console.MarkupLine($"   • {Markup.Escape(line)}");
            }
        }

        console.WriteLine();
        console.MarkupLine("[grey]Ratings compare each claim with Causa's evidence verdicts (drug labels, approved and off-label uses, FDA reports); they are not medical advice.[/]");
    }

    private static string Rating(ClaimAssessment assessment) => assessment switch
    {
        ClaimAssessment.Supported => "[green]SUPPORTED[/] by the evidence",
        ClaimAssessment.Contradicted => "[red]CONTRADICTED[/] by the evidence",
        ClaimAssessment.Unsupported => "[yellow]NOT SUPPORTED[/]: the evidence is weak, absent or mixed",
        _ => "[grey]CANNOT BE CHECKED[/]: the loaded sources have no verdict on this drug and condition",
    };

    private static string Words(ArticleFormat format) => format switch
    {
        ArticleFormat.Html => "read as HTML",
        ArticleFormat.Markdown => "read as Markdown",
        _ => "read as plain text",
    };
}
