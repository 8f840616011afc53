using System.Globalization;

namespace Causa.Faers.Reading;

/// <summary>A fatal problem reading one source: nothing from that source should be ingested.</summary>
/// <param name="Kind">The category, for programmatic handling and exit codes.</param>
/// <param name="File">The file concerned: a zip path, a zip entry (<c>archive.zip!ASCII/DEMO22Q4.txt</c>) or a text file path.</param>
/// <param name="Line">1-based line number when the problem is tied to a line (a header), otherwise null.</param>
/// <param name="Message">Plain-language explanation, suitable for a user.</param>
public sealed record FaersReadError(FaersReadErrorKind Kind, string File, long? Line, string Message)
{
    /// <summary>Formats as <c>file:line: message</c> (or <c>file: message</c> without a line).</summary>
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}: {Message}")
        : $"{File}: {Message}";
}
