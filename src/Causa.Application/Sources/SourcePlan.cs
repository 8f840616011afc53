namespace Causa.Application.Sources;

/// <summary>What <see cref="SourceFinder"/> found in the given paths.</summary>
/// <param name="Sources">The sources to import, in the order their first file was found.</param>
/// <param name="Outcomes">Paths not imported and why (skipped, duplicate, missing or unrecognised).</param>
public sealed record SourcePlan(IReadOnlyList<PlannedSource> Sources, IReadOnlyList<SourcePathOutcome> Outcomes);
