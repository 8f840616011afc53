using Causa.Core.Verdicts;


namespace Causa.Web.Models;

/// <summary>
/// The verdict labels and their one-line meanings, the same on every page. The words come from
/// <see cref="EvidenceRules.Text(CauseVerdict)"/>, as in the API and the CLI; the meanings paraphrase docs/EVIDENCE.md
/// for a reader without statistics.
/// </summary>
public static class VerdictLabels
{
    /// <summary>The label for a "can it cause it?" verdict.</summary>
    public static VerdictLabel For(CauseVerdict verdict) => new(EvidenceRules.Text(verdict), Meaning(verdict), (int)verdict);

    /// <summary>The label for a "does it help?" verdict.</summary>
    public static VerdictLabel For(HelpVerdict verdict) => new(EvidenceRules.Text(verdict), Meaning(verdict), verdict == HelpVerdict.NoneFound ? 0 : (int)verdict + 1);

    /// <summary>Every cause label, weakest first (for the legend on the API help page).</summary>
    public static IReadOnlyList<VerdictLabel> AllCause { get; } = [.. Enum.GetValues<CauseVerdict>().Select(For)];

    /// <summary>Every help label, weakest first.</summary>
    public static IReadOnlyList<VerdictLabel> AllHelp { get; } = [.. Enum.GetValues<HelpVerdict>().Select(For)];

    private static string Meaning(CauseVerdict verdict) => verdict switch
    {
        CauseVerdict.Established => "clearly more common with the drug than without it, in more than one way of looking",
        CauseVerdict.Possible => "listed on the label, or reported clearly more often, but not shown twice",
        CauseVerdict.Weak => "listed, but not clearly more often than without the drug",
        CauseVerdict.NoneFound => "the sources that know this drug do not link it to this",
        _ => "the loaded sources say too little to tell",
    };

    private static string Meaning(HelpVerdict verdict) => verdict switch
    {
        HelpVerdict.Approved => "an approved use of the drug",
        HelpVerdict.OffLabel => "used for this by doctors, though not an approved use",
        HelpVerdict.ReportedUse => "people report taking it for this; no source says it works",
        _ => "no source lists this as a use",
    };
}
