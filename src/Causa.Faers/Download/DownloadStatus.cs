namespace Causa.Faers.Download;

/// <summary>How a quarter download ended.</summary>
public enum DownloadStatus
{
    /// <summary>The file was downloaded (possibly resuming an earlier partial download) and verified.</summary>
    Downloaded = 0,

    /// <summary>A verified file was already in the target folder; nothing was transferred.</summary>
    AlreadyPresent = 1,

    /// <summary>The server answered 404: FDA has not published this quarter (yet).</summary>
    NotPublished = 2,

    /// <summary>The transfer failed after all retries, or the server refused the request.</summary>
    TransferFailed = 3,

    /// <summary>The bytes arrived but are not a readable FAERS zip (truncated, corrupt, or no DEMO table).</summary>
    VerificationFailed = 4,
}
