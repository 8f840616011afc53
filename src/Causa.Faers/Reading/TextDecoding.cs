using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Causa.Faers.Reading;

/// <summary>
/// Decodes FAERS field bytes: ASCII as is; otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252
/// (FDA's older extracts). Every byte sequence decodes to text without U+FFFD, so no character is lost.
/// </summary>
/// <remarks>
/// Windows-1252 is decoded from a table rather than an <see cref="Encoding"/>: it is the Latin-1 range plus 27
/// typographic characters in 0x80–0x9F, and the five bytes that code page leaves undefined (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) map to the C1 controls of the same value, as Windows itself does — so decoding can never fail or
/// need a replacement character. Decisions are per field, so one odd byte does not change its neighbours.
/// </remarks>
internal static class TextDecoding
{
    private static readonly char[] Windows1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Decodes into <paramref name="destination"/>, which must hold at least <c>bytes.Length</c> characters.</summary>
    /// <returns>The number of characters written.</returns>
    public static int Decode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        if (Ascii.ToUtf16(bytes, destination, out var written) == OperationStatus.Done)
        {
            return written;
        }

        if (Utf8.ToUtf16(bytes, destination, out _, out written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return written;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            destination[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
        }

        return bytes.Length;
    }

    /// <summary>Decodes to a new string.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var buffer = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        var written = Decode(bytes, buffer);
        return new string(buffer[..written]);
    }
}
