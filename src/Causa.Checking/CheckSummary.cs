namespace Causa.Checking;

/// <summary>Counts over an article's claims: the <c>summary</c> of the check's JSON.</summary>
/// <param name="Claims">Number of claims.</param>
/// <param name="Supported">Claims assessed <c>supported</c>.</param>
/// <param name="Contradicted">Claims assessed <c>contradicted</c>.</param>
/// <param name="Unsupported">Claims assessed <c>unsupported</c>.</param>
/// <param name="NotAssessable">Claims assessed <c>not-assessable</c>.</param>
/// <param name="Causes">Claims with relation <c>causes</c>.</param>
/// <param name="Treats">Claims with relation <c>treats</c>.</param>
/// <param name="Negated">Claims with polarity <c>negated</c>.</param>
/// <param name="Hedged">Hedged claims.</param>
/// <param name="Sentences">Sentences read (titles and headings count).</param>
/// <param name="SelfContradictions">Pairs the article contradicts itself on.</param>
/// <param name="ClaimsOmitted">Distinct claims found beyond <see cref="CheckerOptions.MaxClaims"/> and left out (0 for any article of ordinary length).</param>
public sealed record CheckSummary(
    int Claims,
    int Supported,
    int Contradicted,
    int Unsupported,
    int NotAssessable,
    int Causes,
    int Treats,
    int Negated,
    int Hedged,
    int Sentences,
    IReadOnlyList<SelfContradiction> SelfContradictions,
    int ClaimsOmitted = 0);
