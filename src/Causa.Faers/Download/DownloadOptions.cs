namespace Causa.Faers.Download;

/// <summary>Tuning for <see cref="FaersDownloader"/>. Immutable; the defaults suit FDA's server.</summary>
public sealed record DownloadOptions
{
    /// <summary>FDA's export folder, where quarterly zips are published.</summary>
    public static Uri DefaultBaseUri { get; } = new("https://fis.fda.gov/content/Exports/");

    /// <summary>Folder URL the zip names are appended to; a missing trailing slash is added.</summary>
    public Uri BaseUri { get; init; } = DefaultBaseUri;

    /// <summary>Failed attempts in a row (with no new bytes) before giving up; 1–100, default 4.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Wait before the first retry; doubled after each further failure (capped at 30 s). Default 1 s.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How the downloader waits between retries; null means <c>Task.Delay</c> on the downloader's clock.
    /// Tests pass a delegate that records the delay and returns at once.
    /// </summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    /// <summary>Also decompress every entry and compare its CRC-32 with the zip directory (slower; default false).</summary>
    public bool VerifyCrc { get; init; }

    /// <summary>Minimum time between two progress reports; default 100 ms. The final report is always sent.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>For <c>latest</c>: how many quarters back from the current one to try; 1–40, default 6.</summary>
    public int LatestLookback { get; init; } = 6;
}
