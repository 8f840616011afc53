namespace Causa.Web.Models;

/// <summary>A piece of the article's text: plain, or covered by the quotes of one or more claims.</summary>
/// <param name="Text">The text (data: always HTML-encoded when rendered).</param>
/// <param name="Marks">The claims whose quotes cover this piece, by number; empty for plain text.</param>
/// <param name="Tags">The claims whose quotes end with this piece: their labels follow it. Empty when none ends here.</param>
/// <param name="Assessment">The CSS modifier for the highlight (the most serious assessment among <paramref name="Marks"/>); empty for plain text.</param>
/// <remarks>Pieces are cut at every quote's start and end, so overlapping or nested quotes become a flat run of pieces:
/// the page never nests or crosses its marks.</remarks>
public sealed record ArticleSegment(string Text, IReadOnlyList<ClaimTag> Marks, IReadOnlyList<ClaimTag> Tags, string Assessment);
