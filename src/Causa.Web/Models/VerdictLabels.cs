using Causa.Core.Verdicts;


namespace Causa.Web.Models;

/// <summary>
/// The verdict labels and their one-line meanings, the same on every page. The words come from
/// <see cref="EvidenceRules.Text(CauseVerdict)"/>, as in the API and the CLI; the meanings are
/// <see cref="VerdictWording"/>'s, the same words that open the bottom-line sentences, so a label and its sentence agree.
/// </summary>
public static class VerdictLabels
{
    /// <summary>The label for a "can it cause it?" verdict.</summary>
    public static VerdictLabel For(CauseVerdict verdict) => new(EvidenceRules.Text(verdict), VerdictWording.Lead(verdict), VerdictWording.Meaning(verdict), (int)verdict);

    /// <summary>The label for a "does it help?" verdict.</summary>
    public static VerdictLabel For(HelpVerdict verdict) => new(EvidenceRules.Text(verdict), VerdictWording.Lead(verdict), VerdictWording.Meaning(verdict), verdict == HelpVerdict.NoneFound ? 0 : (int)verdict + 1);

    /// <summary>Every cause label, weakest first (for the legend on the API help page).</summary>
    public static IReadOnlyList<VerdictLabel> AllCause { get; } = [.. Enum.GetValues<CauseVerdict>().Select(For)];

    /// <summary>Every help label, weakest first.</summary>
    public static IReadOnlyList<VerdictLabel> AllHelp { get; } = [.. Enum.GetValues<HelpVerdict>().Select(For)];
}
