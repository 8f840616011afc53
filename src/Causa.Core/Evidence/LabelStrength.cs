namespace Causa.Core.Evidence;

/// <summary>How strongly a label entry supports causation, from its frequencies on drug and placebo.</summary>
public enum LabelStrength
{
    /// <summary>The label source knows the drug but does not list the term.</summary>
    NotListed = 0,

    /// <summary>Listed, frequency on drug close to placebo (difference &lt; 2 points or ratio &lt; 1.5).</summary>
    CloseToPlacebo = 1,

    /// <summary>Listed from post-marketing experience only (no trial frequency).</summary>
    Postmarketing = 2,

    /// <summary>Listed, without a placebo figure to compare with.</summary>
    Listed = 3,

    /// <summary>Listed, above placebo but not clearly.</summary>
    ModerateExcess = 4,

    /// <summary>Listed, drug rate ≥ 2× placebo and at least 5 points higher.</summary>
    ClearExcess = 5,
}
