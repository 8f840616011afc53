using System.IO.Compression;
using System.Text;

namespace Causa.Faers.Tests.Reading;

/// <summary>
/// Independent counts from the raw bytes, computed the simplest way (whole text in memory, string splits), to check
/// the streaming reader against: every physical line, minus the header, minus blank lines.
/// </summary>
internal static class RawText
{
    public static string[] Lines(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        return lines;
    }

    public static long DataRows(byte[] bytes, bool hasHeader = true)
    {
        var lines = Lines(bytes);
        var blank = lines.Count(l => l.Trim(' ', '\t', '\r').Length == 0);
        return lines.Length - (hasHeader && lines.Length > 0 ? 1 : 0) - blank;
    }

    public static byte[] ZipEntry(string zipPath, string entryName)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        using var stream = archive.GetEntry(entryName)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
