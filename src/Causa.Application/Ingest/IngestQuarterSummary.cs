using Causa.Core.Storage;

namespace Causa.Application.Ingest;

/// <summary>One quarter of an ingest.</summary>
/// <param name="Quarter">The quarter (e.g. 2024Q4).</param>
/// <param name="Source">The zip or folder it was read from.</param>
/// <param name="Bytes">Bytes read.</param>
/// <param name="Tables">Each table's account of its rows.</param>
/// <param name="Links">How the accepted rows linked to the quarter's reports.</param>
public sealed record IngestQuarterSummary(string Quarter, string Source, long Bytes, IReadOnlyList<IngestTableSummary> Tables, BatchLinkSummary Links);
