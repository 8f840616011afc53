using Causa.Faers.Ingest;

namespace Causa.Application.Ingest;

/// <summary>A successful ingest: its JSON summary and the full reconciliation behind it.</summary>
/// <param name="Summary">What <c>--json</c> shows (the public contract).</param>
/// <param name="Details">Every quarter's reconciliation, row links and first rejections, for a detailed report.</param>
public sealed record IngestResponse(IngestSummary Summary, IngestResult Details);
