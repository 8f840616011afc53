using System.Buffers;
using System.Globalization;
using System.Text;

namespace Causa.Cli.Rendering;

/// <summary>
/// Makes text from data safe for a terminal: control characters and bidirectional-formatting characters are shown
/// as visible escapes (<c>\u001B</c>) instead of being written raw, where a terminal would obey them (retitle or clear
/// the window, move the cursor, reorder what the user reads).
/// </summary>
/// <remarks>
/// Escaped: C0 controls except line feed and tab (a carriage return only when not followed by a line feed, so
/// Windows line ends pass), DEL, C1 controls (U+0080–U+009F, which some terminals read as 8-bit escapes), and the
/// bidi marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069). The escape
/// has the JSON form, so JSON text stays valid JSON with the same values when it passes through. Thread-safe.
/// </remarks>
internal static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(UnsafeCharacters());

    /// <summary>True when <paramref name="text"/> holds a character <see cref="Escape(ReadOnlySpan{char})"/> would change.</summary>
    public static bool NeedsEscaping(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(Unsafe);
        while (at >= 0)
        {
            if (!IsLineEnd(text, at))
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOfAny(Unsafe);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>The text with every unsafe character replaced by its visible escape; the same string when nothing is unsafe.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsEscaping(text) ? Escape(text.AsSpan()) : text;
    }

    /// <summary>The text with every unsafe character replaced by its visible escape.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (Unsafe.Contains(ch) && !IsLineEnd(text, i))
            {
                result.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(ch);
            }
        }

        return result.ToString();
    }

    private static bool IsLineEnd(ReadOnlySpan<char> text, int at) => text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n';

    private static string UnsafeCharacters()
    {
        var set = new StringBuilder();
        for (var ch = '\0'; ch < ' '; ch++)
        {
            if (ch is not ('\n' or '\t'))
            {
                set.Append(ch);
            }
        }

        for (var ch = '\u007F'; ch <= '\u009F'; ch++)
        {
            set.Append(ch);
        }

        set.Append('\u061C').Append('\u200E').Append('\u200F');
        for (var ch = '\u202A'; ch <= '\u202E'; ch++)
        {
            set.Append(ch);
        }

        for (var ch = '\u2066'; ch <= '\u2069'; ch++)
        {
            set.Append(ch);
        }

        return set.ToString();
    }
}
