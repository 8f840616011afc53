using System.Globalization;
using Causa.Application.Queries;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>Renders an ask answer, plain language first: the bottom line, the evidence, warning signs and related
/// questions, then the reports (their 2×2 table and statistics behind <c>--details</c>) and the reports' profile.</summary>
internal static class AskView
{
    /// <summary>Plain words first: the reading of a whole question, the two-line bottom line, the evidence lines, a
    /// class's members, warning signs and related questions; then the reports in one sentence, or with
    /// <paramref name="details"/> the 2×2 table and every statistic.</summary>
    public static void Render(IAnsiConsole console, AskResponse response, bool details)
    {
        AnswerView.RenderReading(console, response.Guide);
        if (response.Reports is not null && response.Guide?.Reading is null)
        {
            RenderNames(console, response.ResolvedDrug!, response.ResolvedEvent!);
        }

        AnswerView.RenderBottomLine(console, response.Guide);
        console.WriteLine();
        if (response.Guide?.Class is { } drugClass)
        {
            EvidenceView.RenderClassVerdicts(console, response.Evidence, drugClass);
            AnswerView.RenderClass(console, drugClass);
        }
        else
        {
            EvidenceView.Render(console, response.Evidence);
        }

        AnswerView.RenderGuide(console, response.Guide);
        console.WriteLine();
        if (response.Reports is not { } answer)
        {
            ConsoleLine.Write(console, $"FAERS reports: {response.ReportsNote}; the answer above comes from the other loaded sources.", ConsoleLine.Grey);
            RenderProfile(console, response, response.Evidence.Drug, response.Evidence.Term);
            return;
        }

        if (!details)
        {
            var c = CultureInfo.InvariantCulture;
            ConsoleLine.Write(console, string.Create(c, $"FAERS reports: {answer.A:N0} of the {answer.A + answer.B:N0} case(s) with {answer.Drug} mention {answer.Event}; about {answer.Expected:0.#} would be expected if the two were unrelated ({answer.N:N0} cases in the store). Add --details for the 2×2 table and the statistics."), ConsoleLine.Grey);
            RenderProfile(console, response, answer.Drug, answer.Event);
            return;
        }

        ConsoleLine.Write(console, "For analysts", ConsoleLine.Bold);
        RenderReports(console, answer);
        RenderProfile(console, response, answer.Drug, answer.Event);
    }

    /// <summary>The profile block after the numbers, when the answer has one (a pair or a class with the store).</summary>
    private static void RenderProfile(IAnsiConsole console, AskResponse response, string drug, string condition)
    {
        if (response.Profile is { } profile)
        {
            ProfileView.Render(console, profile, drug, condition);
        }
    }

    /// <summary>How the DRUG and EVENT words were read, and related terms that are not merged, before the answer.</summary>
    private static void RenderNames(IAnsiConsole console, NameMatch drugMatch, NameMatch eventMatch)
    {
        var notes = new[] { Describe(drugMatch), Describe(eventMatch) }.Where(static n => n.Length > 0).ToList();
        if (notes.Count > 0)
        {
            ConsoleLine.Write(console, $"Read as: {string.Join("; ", notes)}.", ConsoleLine.Grey);
        }

        if (eventMatch.Related.Count > 0)
        {
            // Related terms are never merged into the user's term: say so, and that they are asked about on their own.
            var names = eventMatch.Related.Count == 1 ? eventMatch.Related[0] : string.Join(", ", eventMatch.Related.Take(eventMatch.Related.Count - 1)) + " and " + eventMatch.Related[^1];
            var sentence = eventMatch.Related.Count == 1 ? $"{names} is a separate term; ask about it separately." : $"{names} are separate terms; ask about them separately.";
            ConsoleLine.Write(console, sentence, ConsoleLine.Grey);
        }
    }

    private static void RenderReports(IAnsiConsole console, PairAnswer answer)
    {
        var c = CultureInfo.InvariantCulture;
        new ConsoleLine().Add(answer.Drug, ConsoleLine.Bold).Add(" and ").Add(answer.Event, ConsoleLine.Bold).WriteTo(console);
        ConsoleLine.Write(console, string.Create(c, $"{answer.N:N0} unique cases in the store; drug roles counted: {answer.Roles}"), ConsoleLine.Grey);

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
        var signals = new ConsoleLine().Add("Signals: ");
        if (answer.Signals.Count == 0)
        {
            signals.Add("none");
        }
        else
        {
            signals.Add(string.Join(", ", answer.Signals), ConsoleLine.Yellow);
        }

        signals.WriteTo(console);
        if (answer.MgpsNote is not null)
        {
            ConsoleLine.Write(console, "EBGM: " + answer.MgpsNote + CliErrors.RemedyText(answer.MgpsRemedy), ConsoleLine.Grey);
        }
        console.WriteLine();
        new ConsoleLine().Add("Verdict:", ConsoleLine.Bold).Add(" " + answer.Verdict).WriteTo(console);
        foreach (var caveat in answer.Caveats)
        {
            ConsoleLine.Write(console, "  • " + caveat);
        }
    }

    private static string Interval(double? lower, double? upper) => lower is null || upper is null ? "n/a" : $"{Numbers.Format(lower)} – {Numbers.Format(upper)}";

    /// <summary>"(“Remeron” → MIRTAZAPINE, brand, confidence 1.00)"; empty when the input is the name itself.</summary>
    private static string Describe(NameMatch match)
    {
        if (string.Equals(match.Input.Trim(), match.Name, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var how = match.How.Replace('_', ' ') + (match.Language is null ? string.Empty : " " + match.Language);
        return string.Create(CultureInfo.InvariantCulture, $"\"{match.Input.Trim()}\" → {match.Name}, {how}, confidence {match.Confidence:0.00}");
    }
}
