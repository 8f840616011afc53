namespace Causa.Faers.Reading;

/// <summary>What <see cref="FaersSourceLocator.Locate"/> found under a path.</summary>
/// <param name="Sources">Quarter sources, ordered by quarter then path; may be empty.</param>
/// <param name="Problems">Inputs that were skipped and why (a missing path, a zip with no FAERS tables, an unreadable folder...).</param>
public sealed record FaersDiscovery(IReadOnlyList<FaersSource> Sources, IReadOnlyList<FaersReadError> Problems);
