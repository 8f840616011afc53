using Causa.Core.Sources;

namespace Causa.Application.Sources;

/// <summary>Import evidence sources into the store folder.</summary>
/// <param name="Paths">Source files or folders. A folder holding SIDER's files stands for those files; any other folder
/// is one count table in parts.</param>
/// <param name="Kind">The kind of every path; null to detect each from its file name and header.</param>
public sealed record SourceAddRequest(IReadOnlyList<string> Paths, EvidenceSourceKind? Kind = null);
