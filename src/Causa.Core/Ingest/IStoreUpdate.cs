using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Core.Ingest;

/// <summary>
/// One update of a case store, opened by <see cref="ICaseSink.TryBegin"/>: quarters are staged with <see cref="Add"/> and
/// written all at once by <see cref="Commit"/>. Disposing without committing leaves the store exactly as it was.
/// </summary>
/// <remarks>Not thread-safe. One update per store at a time.</remarks>
public interface IStoreUpdate : IDisposable
{
    /// <summary>Kept cases in the store when the update began.</summary>
    int CasesBefore { get; }

    /// <summary>Stages one quarter's rows; nothing is written until <see cref="Commit"/>.</summary>
    /// <returns>How the quarter's rows linked to its reports.</returns>
    BatchLinkSummary Add(QuarterBatch batch);

    /// <summary>Deduplicates, resolves names with <paramref name="resolverFactory"/>, builds the indexes and writes the store.</summary>
    /// <param name="resolverFactory">Builds the drug-name resolver from the learned name pairs.</param>
    /// <param name="cancellationToken">Checked between the merge and the write and while the store is written: a
    /// cancellation throws <see cref="OperationCanceledException"/> and leaves the previous store, and no temporary
    /// file, behind. Once the new file is complete it replaces the old one whatever the token says.</param>
    StoreCommitSummary Commit(IDrugNameResolverFactory resolverFactory, CancellationToken cancellationToken = default);
}
