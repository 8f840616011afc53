namespace Causa.Checking;

/// <summary>The role of a <see cref="TextBlock"/>.</summary>
public enum TextBlockKind
{
    /// <summary>A paragraph or a plain line.</summary>
    Paragraph = 0,

    /// <summary>A title or heading (HTML h1–h6 and title, Markdown '#' lines, short unpunctuated plain-text lines).</summary>
    Heading = 1,

    /// <summary>A list item (HTML li, Markdown and plain-text '-', '*', '•' or '1.' lines).</summary>
    ListItem = 2,
}
