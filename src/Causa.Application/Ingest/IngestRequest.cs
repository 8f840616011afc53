using Causa.Faers.Reading;

namespace Causa.Application.Ingest;

/// <summary>What to ingest and where.</summary>
/// <param name="StoreDirectory">The store folder (absolute path); created when missing.</param>
/// <param name="Sources">The quarters to read, as <see cref="IngestService.Discover"/> found them.</param>
/// <param name="AcceptMostlyRejectedTables">Keep the accepted rows of a table whose rows are all or mostly rejected, with
/// a warning (<see cref="FaersReaderOptions.AcceptMostlyRejectedTables"/>); by default such a table fails the ingest.</param>
public sealed record IngestRequest(string StoreDirectory, IReadOnlyList<FaersSource> Sources, bool AcceptMostlyRejectedTables = false);
