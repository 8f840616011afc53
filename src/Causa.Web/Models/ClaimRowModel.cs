namespace Causa.Web.Models;

/// <summary>One claim in the table of claims.</summary>
/// <param name="Number">Its number (1-based), as in the highlighted text.</param>
/// <param name="Statement">The claim in plain words ("mirtazapine causes weight increased").</param>
/// <param name="Label">The assessment in words ("Contradicted").</param>
/// <param name="Meaning">What the assessment means, one sentence.</param>
/// <param name="Assessment">The CSS modifier (as <see cref="ClaimTag.Assessment"/>).</param>
/// <param name="Question">The question the verdict answers ("Can it cause it?").</param>
/// <param name="Verdict">The evidence verdict word ("established", "mixed"), or "no verdict".</param>
/// <param name="Hedged">True when the article hedges the claim ("may", "can").</param>
/// <param name="Quotes">The sentences that make the claim.</param>
/// <param name="Evidence">The evidence lines behind the verdict.</param>
/// <param name="EvidenceLink">The evidence page for the drug and condition; null for a class or a combination.</param>
public sealed record ClaimRowModel(
    int Number,
    string Statement,
    string Label,
    string Meaning,
    string Assessment,
    string Question,
    string Verdict,
    bool Hedged,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<string> Evidence,
    LinkModel? EvidenceLink);
