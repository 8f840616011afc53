namespace Causa.Web.Models;

/// <summary>The mark beside a highlighted sentence: the claim's number and its assessment in words.</summary>
/// <param name="Number">The claim's number in the table (1-based).</param>
/// <param name="Label">The assessment in words ("Supported").</param>
/// <param name="Verdict">The evidence verdict word ("established"), or "no verdict".</param>
/// <param name="Assessment">The CSS modifier: <c>supported</c>, <c>contradicted</c>, <c>unsupported</c> or <c>not-assessable</c>.</param>
public sealed record ClaimTag(int Number, string Label, string Verdict, string Assessment);
