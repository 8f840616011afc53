using Causa.Core.Sources;

namespace Causa.Application.Sources;

/// <summary>What <see cref="SourceService.Add"/> saved.</summary>
/// <param name="Added">The sources imported by this request, in import order (labels and count tables first, then
/// indications).</param>
/// <param name="SourceCount">Sources in the folder afterwards (a source with the name of a loaded one replaced it).</param>
/// <param name="Path">The source file written.</param>
public sealed record SourceAddResponse(IReadOnlyList<ImportedSource> Added, int SourceCount, string Path);
