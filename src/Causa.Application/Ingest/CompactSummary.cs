namespace Causa.Application.Ingest;

/// <summary>What <c>causa compact</c> did, as <c>compact --json</c> shows it.</summary>
/// <param name="Cases">Kept cases (the same before and after).</param>
/// <param name="SegmentsBefore">Segment files the store had beside its base file; 0 when it already was one file (it is
/// rewritten all the same, with every drug name resolved again).</param>
/// <param name="BytesBefore">Size of the store's files before, in bytes.</param>
/// <param name="BytesAfter">Size of the store file after, in bytes.</param>
/// <param name="Seconds">Wall-clock time, in seconds.</param>
public sealed record CompactSummary(int Cases, int SegmentsBefore, long BytesBefore, long BytesAfter, double Seconds);
