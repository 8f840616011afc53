namespace Causa.Faers.Ingest;

/// <summary>Progress of an ingest over all its sources.</summary>
/// <param name="Stage">Current phase.</param>
/// <param name="Source">The quarter or file being read (empty outside <see cref="IngestStage.Reading"/>).</param>
/// <param name="BytesDone">Uncompressed bytes read so far over all sources.</param>
/// <param name="BytesTotal">Uncompressed bytes to read over all sources (0 when unknown).</param>
/// <param name="RowsDone">Rows read so far over all sources.</param>
public readonly record struct IngestProgress(IngestStage Stage, string Source, long BytesDone, long BytesTotal, long RowsDone);
