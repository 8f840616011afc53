namespace Causa.Core.Verdicts;

/// <summary>
/// The plain words for each verdict level, one table for every front end: the lead that opens the bottom-line sentence
/// ("Weak evidence") and the one-line meaning that follows it and that a verdict label carries ("listed or reported,
/// but not clearly more often than without the drug"). The level decides both, so a label and the sentence beside it
/// can never say different things or differ in strength. The verdict word itself (<c>weak</c>) stays
/// <see cref="EvidenceRules.Text(CauseVerdict)"/>, the JSON value. Pure.
/// </summary>
public static class VerdictWording
{
    /// <summary>The noun the meanings use for the drug when no name is given.</summary>
    public const string TheDrug = "the drug";

    /// <summary>The words that open the "can it cause it?" sentence, capitalised, without a colon ("Weak evidence").</summary>
    public static string Lead(CauseVerdict verdict) => verdict switch
    {
        CauseVerdict.Established => "Yes",
        CauseVerdict.Possible => "Possibly",
        CauseVerdict.Weak => "Weak evidence",
        CauseVerdict.NoneFound => "No sign of it",
        _ => "Not known",
    };

    /// <summary>The words that open the "does it help?" sentence, capitalised, without a colon ("Yes").</summary>
    public static string Lead(HelpVerdict verdict) => verdict switch
    {
        HelpVerdict.Approved => "Yes",
        HelpVerdict.OffLabel => "Off-label use",
        HelpVerdict.ReportedUse => "Not shown",
        _ => "Not a known use",
    };

    /// <summary>
    /// What a "can it cause it?" level means, in one plain line that starts in lower case and has no full stop.
    /// </summary>
    /// <param name="verdict">The level.</param>
    /// <param name="drug">How to name the drug; <see cref="TheDrug"/> by default (labels and legends).</param>
    public static string Meaning(CauseVerdict verdict, string drug = TheDrug) => verdict switch
    {
        CauseVerdict.Established => $"a known effect, clearly more common with {drug} than without it",
        CauseVerdict.Possible => "on the label, or reported clearly more often than expected, but not shown clearly",
        CauseVerdict.Weak => $"listed or reported, but not clearly more often than without {drug}",
        CauseVerdict.NoneFound => $"the sources that know {drug} do not link it to this",
        _ => "the loaded sources say too little to tell",
    };

    /// <summary>What a "does it help?" level means, in one plain line that starts in lower case and has no full stop.</summary>
    /// <param name="verdict">The level.</param>
    public static string Meaning(HelpVerdict verdict) => verdict switch
    {
        HelpVerdict.Approved => "an approved use of the drug",
        HelpVerdict.OffLabel => "doctors use it for this, though it is not an approved use",
        HelpVerdict.ReportedUse => "people report taking it for this, but no source lists it as a use",
        _ => "no source lists this as a use",
    };

    /// <summary>The opening of a bottom-line sentence: lead and meaning ("Weak evidence: listed or reported, but ...").</summary>
    /// <param name="verdict">The level.</param>
    /// <param name="drug">How to name the drug in the meaning.</param>
    public static string Opening(CauseVerdict verdict, string drug = TheDrug) => Lead(verdict) + ": " + Meaning(verdict, drug);

    /// <summary>The opening of a "does it help?" bottom-line sentence: lead and meaning.</summary>
    public static string Opening(HelpVerdict verdict) => Lead(verdict) + ": " + Meaning(verdict);

    /// <summary>
    /// The level a verdict word names (<c>weak</c> → <see cref="CauseVerdict.Weak"/>); false for any other word
    /// (a class's <c>mixed</c>, for example).
    /// </summary>
    public static bool TryParse(string word, out CauseVerdict verdict)
    {
        foreach (var level in Enum.GetValues<CauseVerdict>())
        {
            if (string.Equals(EvidenceRules.Text(level), word, StringComparison.Ordinal))
            {
                verdict = level;
                return true;
            }
        }

        verdict = default;
        return false;
    }

    /// <summary>The level a "does it help?" verdict word names; false for any other word.</summary>
    public static bool TryParse(string word, out HelpVerdict verdict)
    {
        foreach (var level in Enum.GetValues<HelpVerdict>())
        {
            if (string.Equals(EvidenceRules.Text(level), word, StringComparison.Ordinal))
            {
                verdict = level;
                return true;
            }
        }

        verdict = default;
        return false;
    }
}
