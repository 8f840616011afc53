namespace Causa.Core.Storage;

/// <summary>
/// One query's hold on one generation of a store (see <see cref="ICaseStoreProvider"/>): the store stays open, unchanged,
/// until the lease is disposed, even when a newer generation has replaced it meanwhile.
/// </summary>
/// <remarks>Dispose exactly once, when the query is done; disposing again does nothing. Do not dispose <see cref="Store"/>
/// itself: the provider does, after its last lease.</remarks>
public interface IStoreLease : IDisposable
{
    /// <summary>The store of this generation.</summary>
    ICaseStore Store { get; }

    /// <summary>Generation number: 1 for the first store the provider opened, one more for each newer one.</summary>
    long Generation { get; }
}
