using Causa.Core.Ingest;
using Causa.Faers.Reading;

namespace Causa.Application.Ingest;

/// <summary>What to ingest and where.</summary>
/// <param name="StoreDirectory">The store folder (absolute path); created when missing.</param>
/// <param name="Sources">The quarters to read, as <see cref="IngestService.Discover"/> found them.</param>
/// <param name="AcceptMostlyRejectedTables">Keep the accepted rows of a table whose rows are all or mostly rejected, with
/// a warning (<see cref="FaersReaderOptions.AcceptMostlyRejectedTables"/>); by default such a table fails the ingest.</param>
/// <param name="Compaction">Whether the ingest rewrites the store or adds its new cases as a segment (see
/// <see cref="StoreCompaction"/>; by default a small store is rewritten and a large one gets a segment).</param>
public sealed record IngestRequest(string StoreDirectory, IReadOnlyList<FaersSource> Sources, bool AcceptMostlyRejectedTables = false, StoreCompaction Compaction = StoreCompaction.Auto);
