namespace Causa.Checking;

/// <summary>A sentence of the article that makes a claim.</summary>
/// <param name="Text">The sentence as it reads in the reduced text.</param>
/// <param name="Start">Offset of its first character in <see cref="ReducedArticle.Text"/> (UTF-16 code units, 0-based).</param>
/// <param name="End">Offset one past its last character.</param>
public sealed record QuoteSpan(string Text, int Start, int End);
