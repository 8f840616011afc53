using Causa.Core.Sources;

namespace Causa.Application.Sources;

/// <summary>Import evidence sources into the store folder.</summary>
/// <param name="Paths">Source files or folders. A folder stands for the sources among its files (see
/// <see cref="SourceFinder"/>); a folder holding the parts of one count table is that table.</param>
/// <param name="Kind">The kind of every path; null to detect each from its file name and header.</param>
/// <param name="SearchSubfolders">Also look for sources in the given folders' subfolders (as <c>quickstart --from</c> does).</param>
/// <param name="Exclude">Files and folders to pass over silently (FAERS quarters read as cases); null for none.</param>
public sealed record SourceAddRequest(IReadOnlyList<string> Paths, EvidenceSourceKind? Kind = null, bool SearchSubfolders = false, IReadOnlyCollection<string>? Exclude = null);
