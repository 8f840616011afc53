using System.Diagnostics.CodeAnalysis;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>The outcome of <see cref="CaseStore.Open(string, StoreVerification)"/>: a store, or an error saying why not.</summary>
public sealed class StoreOpenResult
{
    private StoreOpenResult(CaseStore? store, StoreError? error)
    {
        Store = store;
        Error = error;
    }

    /// <summary>The opened store; null on failure.</summary>
    public CaseStore? Store { get; }

    /// <summary>Why opening failed; null on success.</summary>
    public StoreError? Error { get; }

    /// <summary>True when <see cref="Store"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Store))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Store is not null;

    internal static StoreOpenResult Success(CaseStore store) => new(store, null);

    internal static StoreOpenResult Failure(StoreError error) => new(null, error);
}
