namespace Causa.Faers.Download;

/// <summary>The verdict of <see cref="FaersZipVerifier"/> on one file.</summary>
/// <param name="IsValid">True when the file is a readable zip holding a DEMO table.</param>
/// <param name="Problem">Why the file was rejected; null when valid.</param>
/// <param name="EntryCount">Entries in the zip's central directory; 0 when unreadable.</param>
public readonly record struct ZipCheck(bool IsValid, string? Problem, int EntryCount);
