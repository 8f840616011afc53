namespace Causa.Faers.Download;

/// <summary>A snapshot of a running download, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="FileName">Name of the file being downloaded, e.g. <c>faers_ascii_2024q4.zip</c>.</param>
/// <param name="BytesDone">Bytes on disk so far, including bytes kept from an interrupted earlier attempt; ≥ 0.</param>
/// <param name="BytesTotal">Size of the whole file in bytes, or null while the server has not said.</param>
/// <param name="BytesPerSecond">Mean transfer rate of the current attempt in bytes per second; 0 before the first byte.</param>
/// <param name="Eta">Estimated time left, or null when the total or the rate is unknown.</param>
public readonly record struct DownloadProgress(string FileName, long BytesDone, long? BytesTotal, double BytesPerSecond, TimeSpan? Eta)
{
    /// <summary>Fraction done in [0, 1], or null when the total is unknown (a total of 0 counts as done).</summary>
    public double? Fraction => BytesTotal is { } total ? (total <= 0 ? 1.0 : Math.Clamp((double)BytesDone / total, 0.0, 1.0)) : null;
}
