using Causa.Core.Evidence;
using Causa.Core.Verdicts;

namespace Causa.Checking;

/// <summary>The evidence verdicts for one (drug or class, condition) pair.</summary>
/// <param name="Cause">"Can it cause the condition?"; null when it cannot be assessed (drug or condition unknown to the sources).</param>
/// <param name="Help">"Does it help with the condition?"; null when it cannot be assessed.</param>
/// <param name="Evidence">Short evidence lines to show beside the claim (source, finding); may be empty. Used for both
/// relations unless <see cref="CauseEvidence"/> or <see cref="HelpEvidence"/> is set.</param>
public sealed record ClaimVerdicts(CauseVerdict? Cause, HelpVerdict? Help, IReadOnlyList<string> Evidence)
{
    /// <summary>No verdict for either question.</summary>
    public static ClaimVerdicts None { get; } = new(null, null, []);

    /// <summary>True for a class whose members' cause verdicts differ: the claim gets the verdict word <c>mixed</c>
    /// (<see cref="ClassAssessor.Mixed"/>) and is rated by its members (<see cref="CauseMembers"/>); <see cref="Cause"/> is
    /// then ignored.</summary>
    public bool CauseMixed { get; init; }

    /// <summary>As <see cref="CauseMixed"/>, for the help verdict.</summary>
    public bool HelpMixed { get; init; }

    /// <summary>For a class: each member's cause verdict (null where the member cannot be assessed), in any order; empty
    /// for an ingredient. A mixed class claim takes the assessment that more than half of the assessable members would
    /// get, else <see cref="ClaimAssessment.Unsupported"/> (<see cref="ClaimRating.Assess"/>); with no members it is
    /// unsupported.</summary>
    public IReadOnlyList<CauseVerdict?> CauseMembers { get; init; } = [];

    /// <summary>As <see cref="CauseMembers"/>, for the help verdict.</summary>
    public IReadOnlyList<HelpVerdict?> HelpMembers { get; init; } = [];

    /// <summary>The evidence lines for a <c>causes</c> claim; null to use <see cref="Evidence"/>.</summary>
    public IReadOnlyList<string>? CauseEvidence { get; init; }

    /// <summary>The evidence lines for a <c>treats</c> claim; null to use <see cref="Evidence"/>.</summary>
    public IReadOnlyList<string>? HelpEvidence { get; init; }

    /// <summary>The evidence lines to show beside a claim with <paramref name="relation"/>.</summary>
    public IReadOnlyList<string> EvidenceFor(ClaimRelation relation) =>
        (relation == ClaimRelation.Causes ? CauseEvidence : HelpEvidence) ?? Evidence;
}
