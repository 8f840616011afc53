using Causa.Core.Ingest;
using Causa.Core.Storage;
using Causa.Faers.Reading;

namespace Causa.Faers.Ingest;

/// <summary>What happened to one quarter during an ingest.</summary>
/// <param name="Source">Where it was read from.</param>
/// <param name="Reconciliation">Per-table accounting: read = accepted + rejected.</param>
/// <param name="Links">How accepted rows were linked into reports.</param>
/// <param name="ValueWarnings">Accepted rows with an unreadable optional value (counted per column).</param>
/// <param name="BytesRead">Uncompressed bytes read.</param>
/// <param name="Elapsed">Time spent reading it.</param>
public sealed record QuarterIngestReport(
    FaersSource Source,
    IReadOnlyList<TableReconciliation> Reconciliation,
    BatchLinkSummary Links,
    IReadOnlyList<FaersValueWarning> ValueWarnings,
    long BytesRead,
    TimeSpan Elapsed);
