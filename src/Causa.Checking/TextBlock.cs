namespace Causa.Checking;

/// <summary>One block of the reduced text: a heading, a paragraph or a list item.</summary>
/// <param name="Start">Offset of the first character in <see cref="ReducedArticle.Text"/> (UTF-16 code units, 0-based).</param>
/// <param name="Length">Length in UTF-16 code units (≥ 1).</param>
/// <param name="Kind">What the block is.</param>
public readonly record struct TextBlock(int Start, int Length, TextBlockKind Kind)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}
