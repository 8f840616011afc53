namespace Causa.Core.Query;

/// <summary>What a store holds.</summary>
/// <param name="Cases">Kept cases (deduplicated, deleted cases removed).</param>
/// <param name="Reports">DEMO rows accepted over all quarters ingested (every version).</param>
/// <param name="Quarters">Quarters ingested, chronologically.</param>
/// <param name="Drugs">Distinct ingredients.</param>
/// <param name="Events">Distinct MedDRA terms (events and indications).</param>
/// <param name="DrugEntries">Distinct reported drug entries (name + coded ingredient).</param>
/// <param name="DeletedCaseIds">Distinct case ids on DELETE lists.</param>
/// <param name="FileBytes">Store file size.</param>
/// <param name="QuarterDetails">Per-quarter counts.</param>
public sealed record StoreSummary(int Cases, long Reports, IReadOnlyList<string> Quarters, int Drugs, int Events, int DrugEntries, int DeletedCaseIds, long FileBytes, IReadOnlyList<QuarterSummary> QuarterDetails);
