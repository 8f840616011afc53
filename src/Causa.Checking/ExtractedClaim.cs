namespace Causa.Checking;

/// <summary>One claim an article makes, before rating: one per (drug, condition, relation, polarity) per article.</summary>
/// <param name="Drug">The canonical ingredient(s) joined with " + " (e.g. "MIRTAZAPINE"), or the class key for a class ("statins").</param>
/// <param name="IsClass">True when the article names a class of drugs ("antidepressants", "SSRIs").</param>
/// <param name="Ingredients">The canonical ingredients; empty for a class.</param>
/// <param name="Condition">The MedDRA preferred term the condition wording resolved to.</param>
/// <param name="Relation">What the article says the drug does.</param>
/// <param name="Polarity">Whether it says so or denies it.</param>
/// <param name="Hedged">True when every quote is hedged ("may", "can", "rarely", "some studies suggest").</param>
/// <param name="Quotes">The sentences that make the claim, in article order (at most <see cref="CheckerOptions.MaxQuotesPerClaim"/>).</param>
public sealed record ExtractedClaim(
    string Drug,
    bool IsClass,
    IReadOnlyList<string> Ingredients,
    string Condition,
    ClaimRelation Relation,
    ClaimPolarity Polarity,
    bool Hedged,
    IReadOnlyList<QuoteSpan> Quotes);
