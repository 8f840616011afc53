using System.Diagnostics.CodeAnalysis;

namespace Causa.Core.Storage;

/// <summary>
/// The store of a long-lived process (a web server): hands out leases on the current generation and switches to a newer
/// one when an ingest has replaced the store. Queries in flight finish on the generation they started on; new ones get
/// the newest; a generation is closed only after its last lease is released.
/// </summary>
/// <remarks>Thread-safe. Implementations check for a newer store at most every so often and open it once, whatever the load.</remarks>
public interface ICaseStoreProvider : IDisposable
{
    /// <summary>Leases the current generation, switching first when a newer store is in place.</summary>
    /// <param name="lease">The lease; dispose it when the query is done.</param>
    /// <param name="error">Why there is no store to lease (none yet, or the first one cannot be opened); null on success.</param>
    bool TryAcquire([NotNullWhen(true)] out IStoreLease? lease, [NotNullWhen(false)] out StoreError? error);
}
