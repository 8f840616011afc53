using Causa.Core.Ingest;
using Causa.Core.Model;

namespace Causa.Faers.Reading;

/// <summary>One quarter's extract found on disk: a zip or a folder of text files. Created by <see cref="FaersSourceLocator"/>.</summary>
/// <remarks>Immutable. Discovery only looks at names and sizes; the reader validates the content.</remarks>
public sealed class FaersSource
{
    internal FaersSource(string path, FaersSourceKind kind, Quarter quarter, long totalBytes, IReadOnlyList<FaersTableFile> files)
    {
        Path = path;
        Kind = kind;
        Quarter = quarter;
        TotalBytes = totalBytes;
        TableFiles = files;
    }

    /// <summary>Absolute path of the zip, or of the folder holding the quarter's files.</summary>
    public string Path { get; }

    /// <summary>Zip or folder.</summary>
    public FaersSourceKind Kind { get; }

    /// <summary>The quarter, taken from the file names (<c>DEMO20Q3.txt</c>, <c>faers_ascii_2022Q4.zip</c>).</summary>
    public Quarter Quarter { get; }

    /// <summary>The layout expected for <see cref="Quarter"/> (legacy AERS up to 2012Q3); the reader confirms it from the DEMO header.</summary>
    public FaersLayout Layout => Quarter.IsLegacyAers ? FaersLayout.LegacyAers : FaersLayout.Faers;

    /// <summary>Total uncompressed size of the table files in bytes, for progress; 0 when a damaged zip could not be listed.</summary>
    public long TotalBytes { get; }

    /// <summary>The table files found (zip entry names or file paths); empty when a damaged zip could not be listed.</summary>
    public IReadOnlyList<string> Files => [.. TableFiles.Select(f => f.Name)];

    internal IReadOnlyList<FaersTableFile> TableFiles { get; }

    /// <summary>Formats as <c>2022Q4 (zip: /path/faers_ascii_2022Q4.zip)</c>.</summary>
    public override string ToString() => $"{Quarter} ({(Kind == FaersSourceKind.Zip ? "zip" : "folder")}: {Path})";
}
