using System.Text;
using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// A table's header: column names normalised (trimmed of blanks and a byte-order mark, lower-cased) so that
/// variants such as <c>" rept_dt"</c>, <c>GNDR_COD</c> or <c>outc_code</c> are found by name.
/// </summary>
internal sealed class HeaderMap
{
    private readonly string[] _names;

    private HeaderMap(string[] names)
    {
        _names = names;
        var dummies = 0;
        for (var i = names.Length - 1; i >= 0 && IsDummy(names[i]); i--)
        {
            dummies++;
        }

        TrailingDummyColumns = dummies;
        Layout = IndexOf(["isr"]) >= 0 && IndexOf(["primaryid"]) < 0 ? FaersLayout.LegacyAers : FaersLayout.Faers;
    }

    /// <summary>Normalised names in file order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Fields in the header line.</summary>
    public int Count => _names.Length;

    /// <summary>
    /// Unnamed columns at the end of the header: an empty name (the header ended with '$') or a packager's placeholder
    /// such as <c>v23</c>. Rows may omit the last of them.
    /// </summary>
    public int TrailingDummyColumns { get; }

    /// <summary>Legacy AERS when the key column is <c>isr</c>, else FAERS.</summary>
    public FaersLayout Layout { get; }

    /// <summary>Parses a header line (bytes as in the file).</summary>
    public static HeaderMap Parse(ReadOnlySpan<byte> line)
    {
        var text = TextDecoding.Decode(line);
        var parts = text.Split('$');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim().Trim('\uFEFF').Trim().ToLowerInvariant();
        }

        return new HeaderMap(parts);
    }

    /// <summary>Index of the first column whose name is one of <paramref name="spellings"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<string> spellings)
    {
        foreach (var spelling in spellings)
        {
            var index = Array.IndexOf(_names, spelling);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The header as text, for messages.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var name in _names)
        {
            builder.Append(builder.Length == 0 ? string.Empty : ", ").Append(name.Length == 0 ? "(empty)" : name);
        }

        return builder.ToString();
    }

    private static bool IsDummy(string name)
        => name.Length == 0 || (name.Length > 1 && name[0] == 'v' && name.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0);
}
