using Causa.Core;

namespace Causa.Storage.Files;

/// <summary>
/// One opened store file and how many holders it has: the provider (while it is current) and each lease. The mapping is
/// released when the count reaches zero, so never under a reader.
/// </summary>
internal sealed class StoreGeneration
{
    private readonly HolderCount _holders = new(); // the provider's own, dropped by Retire

    public StoreGeneration(CaseStore store, long number, StoreFolderIdentity identity)
    {
        Store = store;
        Number = number;
        Identity = identity;
    }

    public CaseStore Store { get; }

    public long Number { get; }

    /// <summary>The file identity this generation answers for; moved on when the same content is seen under a newer identity (written only under the provider's gate).</summary>
    public StoreFolderIdentity Identity { get; set; }

    /// <summary>True when the store has been closed (its last holder let go).</summary>
    public bool IsClosed => _holders.IsZero;

    /// <summary>Adds a holder; false when the generation is already closed (the caller then takes the newer one).</summary>
    public bool TryAddReference() => _holders.TryAdd();

    /// <summary>Drops a holder; the last one closes the store.</summary>
    public void Release()
    {
        if (_holders.Release())
        {
            Store.Dispose();
        }
    }
}
