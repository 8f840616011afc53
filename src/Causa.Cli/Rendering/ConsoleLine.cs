using System.Text;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>
/// One line for the rich console, built from literal text and pre-built styles instead of markup: the paragraph that
/// Spectre.Console's markup parser builds from the same text escaped (<see cref="Markup.Escape"/>) and tagged
/// (<c>[grey]…[/]</c>), so a terminal and a redirected stream receive the same bytes as from
/// <see cref="AnsiConsoleExtensions.MarkupLine(IAnsiConsole, string)"/>.
/// </summary>
/// <remarks>
/// Why not markup: the parser builds Spectre's colour-name table on a process's first style tag and its emoji table on
/// its first text, about 20 ms of a one-question process, though a redirected answer writes no colour and an answer
/// holds no emoji code. To give the same paragraph the line appends its text as the parser's tokens are appended: the
/// plain text between two tags as one token (plain parts added one after another join, as they would in the markup
/// string), each styled part as one, except that every '[' is a token of its own (the parser reads the escaped <c>[[</c>
/// so), and each token through <see cref="Emoji.Replace(ReadOnlySpan{char})"/> when it could hold an emoji code (two
/// colons with no white space between them), which is the only case in which the parser's replacement changes a token.
/// Paragraphs split their text into words per token, so the tokens decide where a long line wraps. Not thread-safe; write
/// a line once.
/// </remarks>
internal sealed class ConsoleLine
{
    /// <summary>What <c>[bold]</c> parses to.</summary>
    public static readonly Style Bold = new(decoration: Decoration.Bold);

    /// <summary>What <c>[grey]</c> parses to.</summary>
    public static readonly Style Grey = new(foreground: Color.Grey);

    /// <summary>What <c>[yellow]</c> parses to.</summary>
    public static readonly Style Yellow = new(foreground: Color.Yellow);

    private readonly Paragraph _paragraph = new();
    private readonly StringBuilder _plain = new();

    /// <summary>Writes <paramref name="text"/> (literal, not markup) in <paramref name="style"/> as one line.</summary>
    public static void Write(IAnsiConsole console, string text, Style style) => new ConsoleLine().Add(text, style).WriteTo(console);

    /// <summary>Writes <paramref name="text"/> (literal, not markup) unstyled as one line.</summary>
    public static void Write(IAnsiConsole console, string text) => new ConsoleLine().Add(text).WriteTo(console);

    /// <summary>Adds literal unstyled text (outside any tag).</summary>
    public ConsoleLine Add(string text)
    {
        _plain.Append(text);
        return this;
    }

    /// <summary>Adds literal text in <paramref name="style"/> (as between an opening and a closing tag).</summary>
    public ConsoleLine Add(string text, Style style)
    {
        FlushPlain();
        AppendTokens(text, style);
        return this;
    }

    /// <summary>Ends the line and writes it to <paramref name="console"/>.</summary>
    public void WriteTo(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);

        // MarkupLine appends the line end to the markup string: it joins the plain text before it, if any.
        _plain.Append(Environment.NewLine);
        FlushPlain();
        console.Write(_paragraph);
    }

    /// <summary>True when <see cref="Emoji.Replace(ReadOnlySpan{char})"/> could change <paramref name="text"/>: it replaces
    /// a code between two colons that follow each other, and no emoji code holds white space (a test reads Spectre's table
    /// to hold it to that).</summary>
    internal static bool MayHoldEmojiCode(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        while (colon >= 0)
        {
            var next = text[(colon + 1)..].IndexOf(':');
            if (next < 0)
            {
                return false;
            }

            var between = text.Slice(colon + 1, next);
            var blank = false;
            foreach (var ch in between)
            {
                if (char.IsWhiteSpace(ch))
                {
                    blank = true;
                    break;
                }
            }

            if (!blank)
            {
                return true;
            }

            colon += next + 1;
        }

        return false;
    }

    private void FlushPlain()
    {
        if (_plain.Length > 0)
        {
            AppendTokens(_plain.ToString(), Style.Plain);
            _plain.Clear();
        }
    }

    private void AppendTokens(string text, Style style)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                AppendToken(text[start..i], style);
                AppendToken("[", style);
                start = i + 1;
            }
        }

        AppendToken(text[start..], style);
    }

    private void AppendToken(string token, Style style)
    {
        if (token.Length > 0)
        {
            _paragraph.Append(MayHoldEmojiCode(token) ? Emoji.Replace(token) : token, style);
        }
    }
}
