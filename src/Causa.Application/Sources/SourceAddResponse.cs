using Causa.Core.Sources;

namespace Causa.Application.Sources;

/// <summary>What <see cref="SourceService.Add"/> saved.</summary>
/// <param name="Added">The sources imported by this request, in import order (labels and count tables first, then
/// indications).</param>
/// <param name="SourceCount">Sources in the folder afterwards (a source with the name of a loaded one replaced it).</param>
/// <param name="Path">The source file written (unchanged when nothing was added).</param>
/// <param name="Outcomes">Each source's and each passed-over path's result, in import order then the order found:
/// added, replaced, duplicate, skipped, failed or missing (see <see cref="SourcePathOutcome"/>).</param>
public sealed record SourceAddResponse(IReadOnlyList<ImportedSource> Added, int SourceCount, string Path, IReadOnlyList<SourcePathOutcome> Outcomes)
{
    /// <summary>Whether any given path does not exist.</summary>
    public bool AnyMissing => Outcomes.Any(static o => o.Status == SourcePathOutcome.Missing);

    /// <summary>Whether any recognised or explicitly given source failed to import.</summary>
    public bool AnyFailed => Outcomes.Any(static o => o.Status == SourcePathOutcome.Failed);
}
