namespace Causa.Core.Storage;

/// <summary>What a committed ingest changed.</summary>
/// <param name="CasesBefore">Kept cases before the ingest (0 for a new store).</param>
/// <param name="CasesAfter">Kept cases after.</param>
/// <param name="CasesDeleted">Distinct case ids on DELETE lists after the ingest.</param>
/// <param name="Ingredients">Distinct ingredients after.</param>
/// <param name="Terms">Distinct MedDRA terms after.</param>
/// <param name="FileBytes">Size of the written store file.</param>
public sealed record StoreCommitSummary(int CasesBefore, int CasesAfter, int CasesDeleted, int Ingredients, int Terms, long FileBytes);
