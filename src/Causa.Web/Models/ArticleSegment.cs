namespace Causa.Web.Models;

/// <summary>A piece of the article's text: plain, or a sentence that makes one or more claims.</summary>
/// <param name="Text">The text (data: always HTML-encoded when rendered).</param>
/// <param name="Tags">The claims this sentence makes; empty for plain text.</param>
/// <param name="Assessment">The CSS modifier for the highlight (the most serious assessment among <paramref name="Tags"/>); empty for plain text.</param>
public sealed record ArticleSegment(string Text, IReadOnlyList<ClaimTag> Tags, string Assessment);
