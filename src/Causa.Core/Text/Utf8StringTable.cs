using System.Text;

namespace Causa.Core.Text;

/// <summary>
/// Turns UTF-8 fields into strings, one string per distinct value: a table of a million rows names a few thousand drugs
/// and events, so each name is decoded into a new string once and shared after that.
/// </summary>
/// <remarks>Invalid UTF-8 becomes U+FFFD, as <see cref="Encoding.UTF8"/> decodes it. Memory grows with the distinct
/// values. Not thread-safe.</remarks>
internal sealed class Utf8StringTable
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _chars = new char[256];

    /// <summary>An empty table.</summary>
    public Utf8StringTable() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Distinct strings held.</summary>
    public int Count => _strings.Count;

    /// <summary>The string for <paramref name="utf8"/>: the one returned before for the same text, else a new one.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        var most = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (most > _chars.Length)
        {
            _chars = new char[Math.Max(most, _chars.Length * 2)];
        }

        var written = Encoding.UTF8.GetChars(utf8, _chars);
        return Get(_chars.AsSpan(0, written));
    }

    /// <summary>The string for <paramref name="text"/>: the one returned before for the same text, else a new one.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (!_lookup.TryGetValue(text, out var value))
        {
            value = text.ToString();
            _strings.Add(value, value);
        }

        return value;
    }
}
