namespace Causa.Faers.Reading;

/// <summary>How a quarter's files are packaged.</summary>
public enum FaersSourceKind : byte
{
    /// <summary>A zip as FDA publishes it (<c>faers_ascii_2024q4.zip</c>), read entry by entry without extracting.</summary>
    Zip = 1,

    /// <summary>Plain text files in a folder (an extracted zip, possibly with <c>ASCII/</c> and <c>Deleted/</c> subfolders).</summary>
    Folder = 2,
}
