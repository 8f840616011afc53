namespace Causa.Core.Storage;

/// <summary>What a committed ingest changed.</summary>
/// <param name="CasesBefore">Kept cases before the ingest (0 for a new store).</param>
/// <param name="CasesAfter">Kept cases after.</param>
/// <param name="CasesDeleted">Distinct case ids on DELETE lists after the ingest.</param>
/// <param name="Ingredients">Distinct ingredients after.</param>
/// <param name="Terms">Distinct MedDRA terms after.</param>
/// <param name="FileBytes">Size of the store's files after the update.</param>
/// <remarks><see cref="Segments"/> says how the update was written: 0 when the whole store was (re)written as one file,
/// otherwise the number of segment files the store now has beside its base file.</remarks>
public sealed record StoreCommitSummary(int CasesBefore, int CasesAfter, int CasesDeleted, int Ingredients, int Terms, long FileBytes)
{
    /// <summary>Segment files beside the base file after the update; 0 when the store is one file.</summary>
    public int Segments { get; init; }
}
