using System.Diagnostics.CodeAnalysis;
using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Core.Ingest;

/// <summary>
/// Where a reader's quarters go: a case store that can be updated. The FAERS ingestor writes through this and knows
/// nothing of how or where the store keeps its cases.
/// </summary>
public interface ICaseSink
{
    /// <summary>Where the store is, for messages (a folder for the file store).</summary>
    string Location { get; }

    /// <summary>
    /// The name resolution the store uses (its saved vocabulary plus the learned pairs); fails, touching nothing, when the
    /// store's vocabulary cannot be read.
    /// </summary>
    bool TryCreateResolverFactory([NotNullWhen(true)] out IDrugNameResolverFactory? factory, [NotNullWhen(false)] out StoreError? error);

    /// <summary>
    /// Begins an update: takes the store's write lock and stages its existing content. Fails, touching nothing, when
    /// another update holds the lock or the existing store is damaged (a damaged store is never silently replaced).
    /// </summary>
    bool TryBegin([NotNullWhen(true)] out IStoreUpdate? update, [NotNullWhen(false)] out StoreError? error);
}
