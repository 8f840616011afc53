namespace Causa.Faers.Reading;

/// <summary>A progress report while a source is read.</summary>
/// <param name="File">The table file most recently advanced (tables may be read in parallel).</param>
/// <param name="BytesDone">Uncompressed bytes read so far from the whole source.</param>
/// <param name="BytesTotal">Uncompressed size of all table files of the source; 0 when unknown.</param>
/// <param name="RowsDone">Data rows read so far from the whole source (accepted plus rejected).</param>
public readonly record struct FaersReadProgress(string File, long BytesDone, long BytesTotal, long RowsDone);
