using Causa.Checking;

namespace Causa.Application.Articles;

/// <summary>A rated claim in plain words, the same in every front end.</summary>
public static class ClaimWording
{
    /// <summary>The claim as a sentence without a full stop: "mirtazapine causes weight increased", "statins do not treat
    /// back pain" (drug and condition in lower case; a class takes the plural verb).</summary>
    public static string Statement(RatedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var plural = claim.IsClass;
        var verb = (claim.Relation, claim.Polarity) switch
        {
            (ClaimRelation.Causes, ClaimPolarity.Asserted) => plural ? "cause" : "causes",
            (ClaimRelation.Causes, _) => plural ? "do not cause" : "does not cause",
            (ClaimRelation.Treats, ClaimPolarity.Asserted) => plural ? "treat" : "treats",
            _ => plural ? "do not treat" : "does not treat",
        };
        return $"{claim.Drug.ToLowerInvariant()} {verb} {claim.Condition.ToLowerInvariant()}";
    }

    /// <summary>The question the claim's verdict answers: "Can it cause it?" or "Does it help?".</summary>
    public static string Question(ClaimRelation relation) => relation == ClaimRelation.Causes ? "Can it cause it?" : "Does it help?";

    /// <summary>The assessment as a short label: Supported, Contradicted, Not supported, Cannot be checked.</summary>
    public static string Label(ClaimAssessment assessment) => assessment switch
    {
        ClaimAssessment.Supported => "Supported",
        ClaimAssessment.Contradicted => "Contradicted",
        ClaimAssessment.Unsupported => "Not supported",
        _ => "Cannot be checked",
    };

    /// <summary>What the assessment means, in one sentence.</summary>
    public static string Meaning(ClaimAssessment assessment) => assessment switch
    {
        ClaimAssessment.Supported => "The evidence agrees with this claim.",
        ClaimAssessment.Contradicted => "The evidence says the opposite.",
        ClaimAssessment.Unsupported => "The evidence is weak, absent or mixed: it does not back this claim.",
        _ => "Causa's sources have no verdict on this drug and condition.",
    };

    /// <summary>A self-contradiction in words: "says that mirtazapine both causes and treats back pain".</summary>
    public static string Contradiction(SelfContradiction contradiction)
    {
        ArgumentNullException.ThrowIfNull(contradiction);
        var drug = contradiction.Drug.ToLowerInvariant();
        var condition = contradiction.Condition.ToLowerInvariant();
        return contradiction.Kind == "cause-and-treat"
            ? $"it says {drug} both causes and treats {condition}"
            : $"it both states and denies a claim about {drug} and {condition}";
    }
}
