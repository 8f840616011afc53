using Causa.Core.Sources;

namespace Causa.Application.Sources;

/// <summary>One source to import: its kind and its files (or, for a count table in parts, its folder).</summary>
/// <param name="Kind">The source's kind.</param>
/// <param name="Files">Full paths of the files (a folder for a count table in parts), in import order.</param>
public sealed record PlannedSource(EvidenceSourceKind Kind, IReadOnlyList<string> Files);
