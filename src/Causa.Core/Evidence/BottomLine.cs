using System.Globalization;
using Causa.Core.Verdicts;

namespace Causa.Core.Evidence;

/// <summary>
/// The two-line plain-language bottom line that opens an answer: can it cause? does it help? — in everyday words, with the
/// label's absolute figures when it gives them, and no statistics jargon. Pure.
/// </summary>
public static class BottomLine
{
    private const string UseDisagreement = "Sources disagree on use";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The two lines for one drug and condition: cause first, help second.</summary>
    /// <param name="answer">The assessed answer (<see cref="EvidenceAssessor.Assess"/>).</param>
    /// <returns>Exactly two sentences.</returns>
    public static IReadOnlyList<string> For(EvidenceAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var drug = answer.Drug.ToLowerInvariant();
        var term = answer.Term.ToLowerInvariant();
        var figures = Figures(answer.Cause);
        // The verdict level decides the sentence's opening words, the same words a verdict label carries
        // (VerdictWording), so the label and the sentence never differ; the figures and remarks follow.
        var cause = $"Can {drug} cause {term}? {VerdictWording.Opening(answer.Cause.Level, drug)}{figures}.";
        // "Sources disagree on use" is about the help verdict, said after it below.
        if (answer.Caveats.Any(static c => c.StartsWith("Sources disagree", StringComparison.Ordinal) && !c.StartsWith(UseDisagreement, StringComparison.Ordinal)))
        {
            cause += " The sources disagree; see below.";
        }

        if (answer.IndicationBias && answer.Cause.Level <= CauseVerdict.Weak)
        {
            cause += $" Reports of {term} mostly reflect why people take it.";
        }

        var onLabel = answer.Help.Lines.FirstOrDefault(static l => l.Counted && l.Kind == "indication");
        var known = answer.Help.Lines.FirstOrDefault(static l => l.Finding is "not-among-indications" or "drug-unknown");
        var help = $"Does {drug} help with {term}? {VerdictWording.Opening(answer.Help.Level)}" + answer.Help.Level switch
        {
            HelpVerdict.Approved or HelpVerdict.OffLabel => (onLabel is null ? "." : $" ({onLabel.Source}).") + Family(onLabel),
            HelpVerdict.ReportedUse => ".",
            _ => known is null ? "."
                : known.Finding == "drug-unknown" ? $". No loaded source says what {drug} is used for."
                : ". " + known.Summary,
        };
        if (answer.Help.Level >= HelpVerdict.OffLabel && answer.Caveats.Any(static c => c.StartsWith(UseDisagreement, StringComparison.Ordinal)))
        {
            help += " The sources disagree; see below.";
        }

        return [cause, help];
    }

    /// <summary>The two lines for a class: the shared verdict, or "it depends on the medicine" naming the ones that differ.</summary>
    /// <param name="answer">The class answer (<see cref="ClassAssessor"/>).</param>
    /// <param name="term">The preferred term asked about.</param>
    /// <returns>Exactly two sentences.</returns>
    public static IReadOnlyList<string> For(ClassAnswer answer, string term)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        term = term.Trim().ToLowerInvariant();
        var name = answer.Name;
        string Line(string question, string verdict, string marker)
        {
            if (verdict != ClassAssessor.Mixed)
            {
                // The shared level's own words, as a single drug's sentence and label have them.
                return VerdictWording.TryParse(verdict, out CauseVerdict cause) && marker == CauseMarker
                    ? $"{question} {VerdictWording.Lead(cause)} for all {name} with data: {VerdictWording.Meaning(cause)}."
                    : VerdictWording.TryParse(verdict, out HelpVerdict help) && marker == HelpMarker
                        ? $"{question} {VerdictWording.Lead(help)} for all {name} with data: {VerdictWording.Meaning(help)}."
                        : $"{question} All {name} with data: {verdict}.";
            }

            var differ = answer.StandOut.Where(s => s.Contains(marker, StringComparison.Ordinal)).Select(static s => s[..s.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant()).Distinct().Take(5).ToList();
            return $"{question} It depends on the medicine" + (differ.Count > 0 ? $"; differing from most: {string.Join(", ", differ)}." : ".");
        }

        return [Line($"Can {name} cause {term}?", answer.CauseVerdict, CauseMarker), Line($"Do {name} help with {term}?", answer.HelpVerdict, HelpMarker)];
    }

    /// <summary>How <see cref="ClassAnswer.StandOut"/> marks a member's "can it cause?" and "does it help?" verdicts.</summary>
    private const string CauseMarker = "can it cause?";

    private const string HelpMarker = "does it help?";

    private static string Figures(CauseAssessment cause)
    {
        var line = cause.Lines.Where(static l => l.Kind == "label" && l.Numbers.ContainsKey("drug_percent_max")).FirstOrDefault();
        if (line is null)
        {
            return string.Empty;
        }

        // Against placebo, like with like: the median drug figure beside the median placebo figure, as the grade compares
        // them (the highest drug figure may come from a table without a placebo arm).
        if (line.Numbers.TryGetValue("placebo_percent_median", out var placebo) && line.Numbers.TryGetValue("drug_percent_median", out var median))
        {
            return string.Create(C, $" — in trials {median:0.#} in 100 people on it had it, against {placebo:0.#} in 100 on placebo");
        }

        var drug = line.Numbers["drug_percent_max"];
        return string.Create(C, $" — in trials {drug:0.#} in 100 people on it had it");
    }

    private static string Family(EvidenceLine? line)
    {
        if (line is null)
        {
            return string.Empty;
        }

        var i = line.Summary.IndexOf("which includes", StringComparison.Ordinal);
        return i < 0 ? string.Empty : $" (It is approved for a broader condition {line.Summary[i..line.Summary.IndexOf(')', i)]}.)".Replace("condition which", "condition, which", StringComparison.Ordinal);
    }
}
