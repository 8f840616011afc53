namespace Causa.Application.Ingest;

/// <summary>One table of a quarter: every row read is accepted or rejected, with the reasons.</summary>
/// <param name="Table">DEMO, DRUG, REAC, OUTC, RPSR, THER or INDI.</param>
/// <param name="File">The file inside the zip or folder; null when the quarter has no such table.</param>
/// <param name="Read">Data rows read.</param>
/// <param name="Accepted">Rows accepted.</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="RejectionsByReason">Rejected rows by reason.</param>
/// <param name="Warnings">Notes about the table (a missing optional file, an unusual header).</param>
public sealed record IngestTableSummary(string Table, string? File, long Read, long Accepted, long Rejected, IReadOnlyDictionary<string, long> RejectionsByReason, IReadOnlyList<string> Warnings);
