using Causa.Faers.Reading;

namespace Causa.Application.Ingest;

/// <summary>What to ingest and where.</summary>
/// <param name="StoreDirectory">The store folder (absolute path); created when missing.</param>
/// <param name="Sources">The quarters to read, as <see cref="IngestService.Discover"/> found them.</param>
public sealed record IngestRequest(string StoreDirectory, IReadOnlyList<FaersSource> Sources);
