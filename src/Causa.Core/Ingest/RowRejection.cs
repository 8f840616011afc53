namespace Causa.Core.Ingest;

/// <summary>A row that was read but not accepted, with why.</summary>
/// <param name="File">File name as it appears in the source (zip entry path or file path).</param>
/// <param name="Line">1-based physical line number in that file.</param>
/// <param name="Reason">Plain-language reason, e.g. "expected 25 fields, found 24".</param>
public sealed record RowRejection(string File, long Line, string Reason);
