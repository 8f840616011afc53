namespace Causa.Core.Verdicts;

/// <summary>How strongly a label entry supports causation, from its frequencies on drug and placebo.</summary>
public enum LabelStrength
{
    /// <summary>The label source knows the drug but does not list the term.</summary>
    NotListed = 0,

    /// <summary>Listed, frequency on drug close to placebo (difference &lt; 2 points or ratio &lt; 1.5), at least 1% on drug.</summary>
    CloseToPlacebo = 1,

    /// <summary>Listed from post-marketing experience only (no trial frequency).</summary>
    Postmarketing = 2,

    /// <summary>Listed, without a placebo figure to compare with.</summary>
    Listed = 3,

    /// <summary>Listed, above placebo but not clearly.</summary>
    ModerateExcess = 4,

    /// <summary>Listed, clearly above placebo: drug rate ≥ 5% and ≥ 2× placebo, or ≥ 10 points above it and ≥ 1.5× placebo.</summary>
    ClearExcess = 5,

    /// <summary>Listed at a trial rate under 1% on drug: too rare for a trial to compare with placebo.</summary>
    Rare = 6,

    /// <summary>Listed without a clear trial excess, but named in a boxed warning (reserved for reactions with reasonable evidence of causation).</summary>
    BoxedWarning = 7,
}
