using Causa.Core.Model;

namespace Causa.Faers.Download;

/// <summary>The outcome of downloading one quarter. Failures are values with a message, never exceptions.</summary>
/// <param name="Quarter">The quarter asked for (for <c>latest</c>, the quarter found).</param>
/// <param name="Status">How the download ended.</param>
/// <param name="Source">The URL the file was (or would have been) fetched from.</param>
/// <param name="FilePath">Absolute path of the verified file; null unless <see cref="Succeeded"/>.</param>
/// <param name="Bytes">Size of the verified file in bytes; 0 on failure.</param>
/// <param name="Resumed">True when bytes from an interrupted earlier attempt were kept (HTTP 206).</param>
/// <param name="Attempts">Number of HTTP requests made; 0 when the file was already present.</param>
/// <param name="Message">A one-line explanation for the user, for failures and successes alike.</param>
public sealed record DownloadResult(
    Quarter Quarter,
    DownloadStatus Status,
    Uri Source,
    string? FilePath,
    long Bytes,
    bool Resumed,
    int Attempts,
    string Message)
{
    /// <summary>True when a verified file is available at <see cref="FilePath"/>.</summary>
    public bool Succeeded => Status is DownloadStatus.Downloaded or DownloadStatus.AlreadyPresent;
}
