using Causa.Core;
using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// One ingest into a store folder: holds the folder's lock, stages the existing content and each new quarter
/// (spilled as sorted runs, temporary files in the folder: see <see cref="StoreMerger"/>), and writes the merged store
/// atomically on <see cref="Commit"/>. Disposing without committing leaves the store exactly as it was and deletes the runs.
/// </summary>
/// <remarks>Not thread-safe. Only one writer per folder at a time: the session runs under the folder's
/// <see cref="StoreWriteLock"/>, the caller's or its own.</remarks>
public sealed class StoreUpdateSession : IStoreUpdate
{
    private readonly StoreWriteLock? _ownLock;
    private readonly StoreMerger _merger;
    private bool _committed;

    private StoreUpdateSession(string directory, StoreWriteLock? ownLock, int casesBefore)
    {
        Directory = directory;
        _ownLock = ownLock;
        _merger = new StoreMerger(directory);
        CasesBefore = casesBefore;
    }

    /// <summary>The store folder.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public int CasesBefore { get; }

    /// <summary>
    /// Starts a session: stages the existing store under the folder's writer lock. Fails (without touching anything)
    /// when the folder is locked by another writer or the existing store is damaged — a damaged store is never silently
    /// replaced.
    /// </summary>
    /// <param name="directory">The store folder (created when missing).</param>
    /// <param name="heldLock">The folder's writer lock, already held by the caller for its whole use case (not released
    /// here); null to take it here, without waiting, for the session's life.</param>
    public static StoreUpdateSessionResult Begin(string directory, StoreWriteLock? heldLock = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        StoreWriteLock? lockStream = null;
        if (heldLock is null)
        {
            if (!StoreWriteLock.TryAcquire(directory, "ingest", TimeSpan.Zero, out lockStream, out var lockError))
            {
                return StoreUpdateSessionResult.Failure(lockError);
            }
        }
        else if (!string.Equals(Path.GetFullPath(heldLock.Directory), Path.GetFullPath(directory), StringComparison.Ordinal))
        {
            throw new ArgumentException($"The lock held is {heldLock.Directory}'s, not {directory}'s.", nameof(heldLock));
        }

        var storePath = Path.Combine(directory, StoreFileFormat.FileName);
        if (!File.Exists(storePath))
        {
            return StoreUpdateSessionResult.Success(new StoreUpdateSession(directory, lockStream, 0));
        }

        var opened = CaseStore.Open(directory);
        if (!opened.Succeeded)
        {
            lockStream?.Dispose();
            return StoreUpdateSessionResult.Failure(opened.Error with
            {
                // An older format is not damage: its cases cannot be merged without the facts it lacks, so nothing is touched.
                Message = opened.Error.Remedy == Remedy.ReingestStore
                    ? opened.Error.Message + " into a new store folder (or move the old store file away first); it was left untouched"
                    : opened.Error.Message + "; the damaged store was left untouched — move it away (or use a new --store folder) and ingest again",
            });
        }

        using var store = opened.Store;
        var session = new StoreUpdateSession(directory, lockStream, store.CaseCount);
        try
        {
            session._merger.AddExisting(store);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        return StoreUpdateSessionResult.Success(session);
    }

    /// <inheritdoc />
    public BatchLinkSummary Add(QuarterBatch batch)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        return _merger.AddBatch(batch);
    }

    /// <inheritdoc />
    /// <remarks>The new store file replaces the old one atomically.</remarks>
    public StoreCommitSummary Commit(IDrugNameResolverFactory resolverFactory, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var data = _merger.Build(resolverFactory, cancellationToken);
        var path = Path.Combine(Directory, StoreFileFormat.FileName);
        StoreFileWriter.WriteAtomically(path, data, cancellationToken);
        _committed = true;
        return new StoreCommitSummary(CasesBefore, data.CaseCount, data.DeletedCaseIds.Length, data.Ingredients.Length, data.Terms.Length, new FileInfo(path).Length);
    }

    /// <inheritdoc />
    /// <remarks>Deletes the session's temporary runs, then releases the writer lock when the session took it itself.</remarks>
    public void Dispose()
    {
        _merger.Dispose();
        _ownLock?.Dispose();
    }
}
