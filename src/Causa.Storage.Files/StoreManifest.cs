using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Causa.Core.Files;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// The list of segments a store folder holds beside its base file (<c>cases.causa</c>): an ingest that does not rewrite
/// the store writes the new cases as a segment file (<c>cases.N.causa</c>) and then this manifest, whose atomic rename is
/// the switch to the new content. A folder without a manifest is its base file alone.
/// </summary>
/// <remarks>
/// <para>Text, one line per file: <c>base FINGERPRINT LENGTH</c>, then <c>segment NAME FINGERPRINT LENGTH</c> per segment
/// in the order written, then <c>check</c> and the XxHash64 of the lines before it. Each file named must have that
/// fingerprint and length: a segment file replaced or damaged is an error, never read as another.</para>
/// <para>A compaction writes a new base file first and removes the manifest after: a manifest whose base fingerprint is
/// not the base file's is older than the base (which then already holds its segments) and is ignored, then removed by
/// the next writer.</para>
/// </remarks>
internal sealed record StoreManifest(StoreManifest.FileStamp Base, IReadOnlyList<StoreManifest.SegmentStamp> Segments)
{
    /// <summary>The manifest's name in the store folder.</summary>
    public const string FileName = "cases.manifest";

    private const string Header = "causa store segments 1";

    /// <summary>Most segments a folder holds; an ingest that would add one more rewrites the store instead.</summary>
    public const int MaxSegments = 16;

    /// <summary>A file's content fingerprint (from its header) and length in bytes.</summary>
    public readonly record struct FileStamp(ulong Fingerprint, long Length);

    /// <summary>A segment file's name in the folder and its stamp.</summary>
    public readonly record struct SegmentStamp(string Name, FileStamp Stamp);

    /// <summary>Where the manifest of <paramref name="directory"/> is, or would be.</summary>
    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    /// <summary>The name of the <paramref name="number"/>-th segment file (1-based).</summary>
    public static string SegmentName(int number) => string.Create(CultureInfo.InvariantCulture, $"cases.{number}.causa");

    /// <summary>True for a name <see cref="SegmentName"/> gives (what a writer may remove when no manifest lists it).</summary>
    public static bool IsSegmentName(string name) => TryParseSegmentName(name, out _);

    /// <summary>The number of a segment file's name (<see cref="SegmentName"/>); false for any other name.</summary>
    public static bool TryParseSegmentName(string name, out int number)
    {
        number = 0;
        return name.StartsWith("cases.", StringComparison.Ordinal) && name.EndsWith(".causa", StringComparison.Ordinal) && name.Length > 12 &&
            int.TryParse(name.AsSpan(6, name.Length - 12), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    /// <summary>Reads the manifest of <paramref name="directory"/>.</summary>
    /// <returns>The manifest; null when there is none. A manifest that cannot be parsed or fails its check sets
    /// <paramref name="error"/> (corrupt, naming the file and the line).</returns>
    public static StoreManifest? Read(string directory, out StoreError? error)
    {
        error = null;
        var path = PathIn(directory);
        string text;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (IOException ex)
        {
            error = new StoreError(StoreErrorKind.Io, path, ex.Message);
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            error = new StoreError(StoreErrorKind.Io, path, ex.Message);
            return null;
        }

        var checkAt = text.LastIndexOf("check ", StringComparison.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 3 || lines[0] != Header || checkAt < 0 ||
            !ulong.TryParse(text.AsSpan(checkAt + 6).TrimEnd(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var check) ||
            check != XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text[..checkAt])))
        {
            error = new StoreError(StoreErrorKind.Corrupt, path, "the segment manifest is damaged (its check does not match its lines)");
            return null;
        }

        FileStamp? baseStamp = null;
        var segments = new List<SegmentStamp>();
        for (var i = 1; i < lines.Length - 1; i++)
        {
            var parts = lines[i].Split(' ');
            if (parts is ["base", var fp, var length] && TryStamp(fp, length, out var stamp) && baseStamp is null && segments.Count == 0)
            {
                baseStamp = stamp;
            }
            else if (parts is ["segment", var name, var sfp, var slength] && IsSegmentName(name) && TryStamp(sfp, slength, out var segmentStamp) && baseStamp is not null)
            {
                segments.Add(new SegmentStamp(name, segmentStamp));
            }
            else
            {
                error = new StoreError(StoreErrorKind.Corrupt, path, string.Create(CultureInfo.InvariantCulture, $"line {i + 1} of the segment manifest is not understood"));
                return null;
            }
        }

        if (baseStamp is null || segments.Count > MaxSegments)
        {
            error = new StoreError(StoreErrorKind.Corrupt, path, "the segment manifest names no base file or too many segments");
            return null;
        }

        return new StoreManifest(baseStamp.Value, segments);
    }

    /// <summary>Writes the manifest of <paramref name="directory"/> atomically (flushed, then renamed over the old one).</summary>
    public void Write(string directory)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"base {Base.Fingerprint:x16} {Base.Length}\n");
        foreach (var segment in Segments)
        {
            text.Append(CultureInfo.InvariantCulture, $"segment {segment.Name} {segment.Stamp.Fingerprint:x16} {segment.Stamp.Length}\n");
        }

        var body = text.ToString();
        var check = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(body));
        AtomicFile.Write(PathIn(directory), Encoding.UTF8.GetBytes(body + string.Create(CultureInfo.InvariantCulture, $"check {check:x16}\n")));
    }

    private static bool TryStamp(string fingerprint, string length, out FileStamp stamp)
    {
        stamp = default;
        if (fingerprint.Length != 16 ||
            !ulong.TryParse(fingerprint, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var fp) ||
            !long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var len))
        {
            return false;
        }

        stamp = new FileStamp(fp, len);
        return true;
    }
}
