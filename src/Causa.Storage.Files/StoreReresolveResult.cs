using System.Diagnostics.CodeAnalysis;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>The outcome of <see cref="StoreReresolver.Run"/>.</summary>
/// <param name="Commit">What the store became; null on failure.</param>
/// <param name="Error">Why nothing was written; null on success.</param>
/// <param name="Entries">Distinct drug entries in the store.</param>
/// <param name="EntriesChanged">Entries whose ingredients changed (0 when the vocabulary added nothing they use).</param>
/// <param name="IngredientsBefore">Distinct ingredients before.</param>
public sealed record StoreReresolveResult(StoreCommitSummary? Commit, StoreError? Error, int Entries, int EntriesChanged, int IngredientsBefore)
{
    /// <summary>True when the store was rewritten.</summary>
    [MemberNotNullWhen(true, nameof(Commit))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Commit is not null;
}
