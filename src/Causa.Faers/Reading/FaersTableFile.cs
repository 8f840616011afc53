using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>One table file of a source: a zip entry or a file on disk.</summary>
/// <param name="Table">Which table.</param>
/// <param name="Name">The entry's full name inside the zip, or the absolute file path.</param>
/// <param name="Length">Uncompressed length in bytes.</param>
internal sealed record FaersTableFile(FaersTable Table, string Name, long Length);
