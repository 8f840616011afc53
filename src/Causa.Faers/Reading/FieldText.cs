using System.Buffers.Text;
using System.Text;

namespace Causa.Faers.Reading;

/// <summary>Byte-level parsing of FAERS field values (ASCII digits, codes, dates) without allocating.</summary>
internal static class FieldText
{
    /// <summary>Trims spaces, tabs and stray carriage returns (a doubled CR before LF) at both ends.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        var start = 0;
        var end = field.Length;
        while (start < end && field[start] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            start++;
        }

        while (end > start && field[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            end--;
        }

        return field[start..end];
    }

    /// <summary>True for an empty field or the literal <c>NA</c> that some re-written files put in numeric columns.</summary>
    public static bool IsMissingNumber(ReadOnlySpan<byte> field)
        => field.IsEmpty || (field.Length == 2 && (field[0] | 0x20) == 'n' && (field[1] | 0x20) == 'a');

    /// <summary>
    /// Parses a non-negative integer of up to 18 digits; a trailing ".0" (or ".00"...) from spreadsheet or pandas
    /// round trips is accepted. Empty, signed, fractional or oversized text fails.
    /// </summary>
    public static bool TryParseId(ReadOnlySpan<byte> field, out long value)
    {
        value = 0;
        var dot = field.IndexOf((byte)'.');
        if (dot >= 0)
        {
            if (field[(dot + 1)..].IndexOfAnyExcept((byte)'0') >= 0)
            {
                return false;
            }

            field = field[..dot];
        }

        if (field.IsEmpty || field.Length > 18)
        {
            return false;
        }

        long result = 0;
        foreach (var b in field)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            result = (result * 10) + digit;
        }

        value = result;
        return true;
    }

    /// <summary>Parses a non-negative integer that must fit in an <see cref="int"/> (same rules as <see cref="TryParseId"/>).</summary>
    public static bool TryParseInt(ReadOnlySpan<byte> field, out int value)
    {
        value = 0;
        if (!TryParseId(field, out var wide) || wide > int.MaxValue)
        {
            return false;
        }

        value = (int)wide;
        return true;
    }

    /// <summary>Parses a decimal number such as <c>61</c>, <c>61.0</c> or <c>58.05</c> (invariant, no exponent, no thousands separator).</summary>
    public static bool TryParseNumber(ReadOnlySpan<byte> field, out double value)
    {
        value = double.NaN;
        if (field.IsEmpty || field.IndexOfAny((byte)'e', (byte)'E') >= 0)
        {
            return false;
        }

        if (!Utf8Parser.TryParse(field, out double parsed, out var consumed, 'F') || consumed != field.Length || !double.IsFinite(parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>
    /// Parses a FAERS date: YYYY, YYYYMM or YYYYMMDD, with an optional trailing ".0". Returns the packed value
    /// yyyymmdd (00 for unknown parts) or 0 for an empty field or <c>NA</c>.
    /// </summary>
    /// <returns>False when the text is not such a date (wrong length, non-digits, month above 12, day above 31).</returns>
    public static bool TryParseDate(ReadOnlySpan<byte> field, out int packed)
    {
        packed = 0;
        if (IsMissingNumber(field))
        {
            return true;
        }

        if (field.Length > 2 && field[^2] == '.' && field[^1] == '0')
        {
            field = field[..^2];
        }

        if (field.Length is not (4 or 6 or 8))
        {
            return false;
        }

        var n = 0;
        foreach (var b in field)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            n = (n * 10) + (int)digit;
        }

        var (year, month, day) = field.Length switch
        {
            4 => (n, 0, 0),
            6 => (n / 100, n % 100, 0),
            _ => (n / 10000, n / 100 % 100, n % 100),
        };
        if (year is < 1000 or > 9999 || month > 12 || day > 31)
        {
            return false;
        }

        packed = (year * 10000) + (month * 100) + day;
        return true;
    }

    /// <summary>Compares a field with an upper-case ASCII code, ignoring ASCII case.</summary>
    public static bool CodeEquals(ReadOnlySpan<byte> field, ReadOnlySpan<byte> upperCode)
        => field.Length == upperCode.Length && Ascii.EqualsIgnoreCase(field, upperCode);

    /// <summary>Most characters of input text quoted in an error message (a whole line of a damaged file can be megabytes).</summary>
    public const int MaxExcerptLength = 200;

    /// <summary>A short rendering of a field for messages: at most <paramref name="maxLength"/> bytes (default 60), then "…".</summary>
    public static string Preview(ReadOnlySpan<byte> field, int maxLength = 60)
    {
        var text = TextDecoding.Decode(field.Length > maxLength ? field[..maxLength] : field);
        return field.Length > maxLength ? text + "…" : text;
    }

    /// <summary>Cuts <paramref name="text"/> to <see cref="MaxExcerptLength"/> characters, marking the cut with "…".</summary>
    public static string Excerpt(string text)
        => text.Length > MaxExcerptLength ? string.Concat(text.AsSpan(0, MaxExcerptLength), "…") : text;
}
