using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Causa.Checking;

/// <summary>
/// Reduces plain text, Markdown or HTML to the blocks of text a reader sees (<see cref="ReducedArticle"/>).
/// </summary>
/// <remarks>
/// Work is linear in the input length: Markdown is read line by line with a single pass over inline markup; HTML is parsed
/// by AngleSharp and walked with an explicit stack, so deeply nested markup cannot exhaust the call stack. Whitespace inside
/// a block is collapsed to single spaces. Stateless and thread-safe.
/// </remarks>
public static class ArticleReducer
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas", "button", "select", "textarea", "nav", "form",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "td", "th", "caption", "figure", "figcaption", "br", "hr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html",
    };

    /// <summary>Reduces <paramref name="input"/>.</summary>
    /// <param name="input">The article as pasted (any length; callers enforce <see cref="CheckerOptions.MaxInputChars"/>).</param>
    /// <param name="format">How it is written; <see cref="ArticleFormat.Auto"/> to decide from the text.</param>
    /// <returns>The reduced article; empty text and no blocks when nothing readable is left.</returns>
    public static ReducedArticle Reduce(string input, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (format == ArticleFormat.Auto)
        {
            format = Detect(input);
        }

        var builder = new Builder();
        switch (format)
        {
            case ArticleFormat.Html:
                ReduceHtml(input, builder);
                break;
            case ArticleFormat.Markdown:
                ReduceLines(input, builder, markdown: true);
                break;
            default:
                ReduceLines(input, builder, markdown: false);
                break;
        }

        return builder.Build(format);
    }

    /// <summary>Guesses the format of <paramref name="input"/> from its first 4,000 characters.</summary>
    public static ArticleFormat Detect(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var head = input.AsSpan(0, Math.Min(input.Length, 4000)).TrimStart();
        if (head.StartsWith("<") && (head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<div", StringComparison.OrdinalIgnoreCase) || head.Contains("<h1", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<li", StringComparison.OrdinalIgnoreCase) || head.Contains("<article", StringComparison.OrdinalIgnoreCase)))
        {
            return ArticleFormat.Html;
        }

        foreach (var line in head.EnumerateLines())
        {
            var t = line.TrimStart();
            if (t.StartsWith("# ") || t.StartsWith("## ") || t.StartsWith("### ") || t.Contains("](", StringComparison.Ordinal) || t.Contains("**", StringComparison.Ordinal))
            {
                return ArticleFormat.Markdown;
            }
        }

        return ArticleFormat.PlainText;
    }

    private static void ReduceLines(string input, Builder builder, bool markdown)
    {
        var inFence = false;
        foreach (var raw in input.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (markdown && (line.StartsWith("```") || line.StartsWith("~~~")))
            {
                inFence = !inFence;
                continue;
            }

            if (line.IsEmpty)
            {
                builder.Flush();
                continue;
            }

            var kind = TextBlockKind.Paragraph;
            if (markdown && !inFence)
            {
                if (line.StartsWith("#"))
                {
                    line = line.TrimStart('#').Trim();
                    kind = TextBlockKind.Heading;
                }
                else if (line.Length >= 3 && (line.TrimEnd().Trim('-').IsEmpty || line.Trim('=').IsEmpty || line.Trim('*').IsEmpty))
                {
                    // A rule, or the underline of a setext heading: the line above stays a block of its own.
                    builder.Flush();
                    continue;
                }

                while (line.StartsWith(">"))
                {
                    line = line[1..].TrimStart();
                }
            }

            var item = ListMarkerLength(line);
            if (item > 0)
            {
                line = line[item..].TrimStart();
                kind = TextBlockKind.ListItem;
            }
            else if (!markdown && IsPlainHeading(line))
            {
                kind = TextBlockKind.Heading;
            }

            // Plain text and Markdown both treat every line as its own block: articles pasted from a browser put one
            // paragraph or list item per line, and a wrapped paragraph split in two still reads as two sentences.
            builder.Flush();
            if (markdown && !inFence)
            {
                AppendMarkdownInline(line, builder);
            }
            else
            {
                builder.Append(line);
            }

            builder.Flush(kind);
        }

        builder.Flush();
    }

    // "- ", "* ", "+ ", "• ", "1. ", "2) ": the length of the marker, or 0.
    private static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        if (line.Length >= 2 && (line[0] is '-' or '*' or '+' or '•' or '·' or '–') && line[1] == ' ')
        {
            return 2;
        }

        var i = 0;
        while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && (line[i] is '.' or ')') && line[i + 1] == ' ' ? i + 2 : 0;
    }

    // A short line with no sentence punctuation at its end reads as a title or heading in pasted plain text.
    private static bool IsPlainHeading(ReadOnlySpan<char> line)
    {
        if (line.Length > 90 || line[^1] is '.' or ':' or ',' or ';' or '!')
        {
            return false;
        }

        var words = 1;
        foreach (var c in line)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= 12 && char.IsUpper(line[0]);
    }

    // Drops emphasis, code ticks, images' URLs and links' URLs, and inline tags; keeps link and image text. One pass.
    private static void AppendMarkdownInline(ReadOnlySpan<char> line, Builder builder)
    {
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            switch (c)
            {
                case '*' or '_' or '`' or '~' when !(c == '_' && i > 0 && i + 1 < line.Length && char.IsLetterOrDigit(line[i - 1]) && char.IsLetterOrDigit(line[i + 1])):
                    i++;
                    continue;
                case '!' when i + 1 < line.Length && line[i + 1] == '[':
                    i++;
                    continue;
                case '[':
                    i++;
                    continue;
                case ']' when i + 1 < line.Length && line[i + 1] == '(':
                    {
                        var close = line[(i + 2)..].IndexOf(')');
                        i = close < 0 ? i + 1 : i + 2 + close + 1;
                        continue;
                    }

                case ']':
                    i++;
                    continue;
                case '<':
                    {
                        var close = line[(i + 1)..].IndexOf('>');
                        if (close > 0 && (char.IsAsciiLetter(line[i + 1]) || line[i + 1] == '/'))
                        {
                            i += close + 2;
                            continue;
                        }

                        break;
                    }

                case '\\' when i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]) is false:
                    i++;
                    builder.Append(line[i]);
                    i++;
                    continue;
            }

            builder.Append(c);
            i++;
        }
    }

    private static void ReduceHtml(string input, Builder builder)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });
        using var document = parser.ParseDocument(input);
        var title = document.Title;
        if (!string.IsNullOrWhiteSpace(title) && document.QuerySelector("h1") is null)
        {
            builder.Append(title);
            builder.Flush(TextBlockKind.Heading);
        }

        if (document.Body is null)
        {
            return;
        }

        // Explicit stack: (node, leaving). Entering a block element flushes the text before it; leaving it flushes its own.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((document.Body, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (Dropped.Contains(tag))
            {
                continue;
            }

            var isBlock = BlockTags.Contains(tag);
            if (leaving)
            {
                if (isBlock)
                {
                    builder.Flush(KindOf(tag));
                }

                continue;
            }

            if (isBlock)
            {
                builder.Flush();
            }

            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        builder.Flush();
    }

    private static TextBlockKind KindOf(string tag) => tag.ToLowerInvariant() switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => TextBlockKind.Heading,
        "li" or "dt" or "dd" => TextBlockKind.ListItem,
        _ => TextBlockKind.Paragraph,
    };

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _block = new();
        private readonly List<TextBlock> _blocks = [];
        private bool _space;

        public void Append(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                Append(c);
            }
        }

        public void Append(string s) => Append(s.AsSpan());

        public void Append(char c)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                _space = _block.Length > 0;
                return;
            }

            if (_space)
            {
                _block.Append(' ');
                _space = false;
            }

            _block.Append(c);
        }

        public void Flush(TextBlockKind kind = TextBlockKind.Paragraph)
        {
            _space = false;
            if (_block.Length == 0)
            {
                return;
            }

            if (_text.Length > 0)
            {
                _text.Append("\n\n");
            }

            _blocks.Add(new TextBlock(_text.Length, _block.Length, kind));
            _text.Append(_block);
            _block.Clear();
        }

        public ReducedArticle Build(ArticleFormat format) => new(_text.ToString(), _blocks, format);
    }
}
