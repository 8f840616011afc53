namespace Causa.Checking;

/// <summary>
/// An article reduced to plain text: its blocks, separated by a blank line ("\n\n"), in reading order. Every offset the
/// checker reports (quotes, blocks) is a position in <see cref="Text"/>, counted in UTF-16 code units from 0 — not a
/// position in the HTML or Markdown that was pasted.
/// </summary>
/// <param name="Text">The reduced text; empty when the article held no text.</param>
/// <param name="Blocks">The blocks, in order, each inside <see cref="Text"/>.</param>
/// <param name="Format">The format the input was read as (never <see cref="ArticleFormat.Auto"/>).</param>
public sealed record ReducedArticle(string Text, IReadOnlyList<TextBlock> Blocks, ArticleFormat Format);
