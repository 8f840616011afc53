namespace Causa.Checking;

/// <summary>A claim with its verdict and assessment: one element of <c>claims</c> in the check's JSON.</summary>
/// <param name="Drug">As <see cref="ExtractedClaim.Drug"/>.</param>
/// <param name="IsClass">As <see cref="ExtractedClaim.IsClass"/>.</param>
/// <param name="Condition">As <see cref="ExtractedClaim.Condition"/>.</param>
/// <param name="Relation">As <see cref="ExtractedClaim.Relation"/>.</param>
/// <param name="Polarity">As <see cref="ExtractedClaim.Polarity"/>.</param>
/// <param name="Hedged">As <see cref="ExtractedClaim.Hedged"/>.</param>
/// <param name="Quotes">As <see cref="ExtractedClaim.Quotes"/>.</param>
/// <param name="Verdict">The verdict for the claim's relation in Causa's words: a cause verdict ("established", "possible",
/// "weak", "none-found", "insufficient-data") for <c>causes</c>, a help verdict ("approved", "off-label", "reported-use",
/// "none-found") for <c>treats</c>; null when none could be given.</param>
/// <param name="Assessment">How the claim compares with the verdict.</param>
/// <param name="Evidence">The evidence lines the verdict source gave.</param>
public sealed record RatedClaim(
    string Drug,
    bool IsClass,
    string Condition,
    ClaimRelation Relation,
    ClaimPolarity Polarity,
    bool Hedged,
    IReadOnlyList<QuoteSpan> Quotes,
    string? Verdict,
    ClaimAssessment Assessment,
    IReadOnlyList<string> Evidence);
