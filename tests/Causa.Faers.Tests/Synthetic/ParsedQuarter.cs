using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace Causa.Faers.Tests.Synthetic;

/// <summary>
/// An independent, deliberately naive reader of a generated zip for tests: split on line breaks and <c>$</c>,
/// nothing else, so it shares no code with the generator or with Causa's FAERS reader.
/// </summary>
internal sealed class ParsedQuarter
{
    public ParsedQuarter(byte[] zipBytes)
    {
        Bytes = zipBytes;
        using var archive = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Raw[entry.FullName] = buffer.ToArray();
        }
    }

    private readonly ConcurrentDictionary<string, (string[] Header, List<string[]> Rows)> _tables = new(StringComparer.Ordinal);

    public byte[] Bytes { get; }

    /// <summary>Entry name → uncompressed bytes.</summary>
    public Dictionary<string, byte[]> Raw { get; } = new(StringComparer.Ordinal);

    /// <summary>Entry text, one char per byte (Latin-1), so every byte survives.</summary>
    public string Text(string entry) => Encoding.Latin1.GetString(Raw[entry]);

    /// <summary>Header and data rows of a table, split on CRLF or LF and on <c>$</c>; a missing final newline is accepted.
    /// Parsed once and cached: callers must not modify the rows.</summary>
    public (string[] Header, List<string[]> Rows) Table(string entry) => _tables.GetOrAdd(entry, Parse);

    private (string[] Header, List<string[]> Rows) Parse(string entry)
    {
        var lines = Text(entry).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var count = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var rows = new List<string[]>(count);
        for (var i = 1; i < count; i++)
        {
            rows.Add(lines[i].Split('$'));
        }

        return (lines[0].Split('$'), rows);
    }
}
