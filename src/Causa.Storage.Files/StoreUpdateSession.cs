using Causa.Core.Ingest;
using Causa.Core.Names;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// One ingest into a store folder: holds the folder's lock, stages the existing content and each new quarter,
/// and writes the merged store atomically on <see cref="Commit"/>. Disposing without committing leaves the
/// store exactly as it was.
/// </summary>
/// <remarks>Not thread-safe. Only one session per folder at a time (enforced with a lock file).</remarks>
public sealed class StoreUpdateSession : IStoreUpdate
{
    private readonly FileStream _lock;
    private readonly StoreMerger _merger = new();
    private bool _committed;

    private StoreUpdateSession(string directory, FileStream lockStream, int casesBefore)
    {
        Directory = directory;
        _lock = lockStream;
        CasesBefore = casesBefore;
    }

    /// <summary>The store folder.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public int CasesBefore { get; }

    /// <summary>
    /// Starts a session: takes the lock and stages the existing store. Fails (without touching anything) when the
    /// folder is locked by another ingest or the existing store is damaged — a damaged store is never silently replaced.
    /// </summary>
    public static StoreUpdateSessionResult Begin(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        System.IO.Directory.CreateDirectory(directory);
        var lockPath = Path.Combine(directory, StoreFileFormat.LockFileName);
        FileStream lockStream;
        try
        {
            lockStream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return StoreUpdateSessionResult.Failure(new StoreError(StoreErrorKind.Locked, lockPath, "another Causa process is writing this store; wait for it to finish"));
        }

        var storePath = Path.Combine(directory, StoreFileFormat.FileName);
        if (!File.Exists(storePath))
        {
            return StoreUpdateSessionResult.Success(new StoreUpdateSession(directory, lockStream, 0));
        }

        var opened = CaseStore.Open(directory);
        if (!opened.Succeeded)
        {
            lockStream.Dispose();
            return StoreUpdateSessionResult.Failure(opened.Error with
            {
                Message = opened.Error.Message + "; the damaged store was left untouched — move it away (or use a new --store folder) and ingest again",
            });
        }

        using var store = opened.Store;
        var session = new StoreUpdateSession(directory, lockStream, store.CaseCount);
        session._merger.AddExisting(store.ToData());
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
        var data = _merger.Build(resolverFactory);
        var path = Path.Combine(Directory, StoreFileFormat.FileName);
        StoreFileWriter.WriteAtomically(path, data, cancellationToken);
        _committed = true;
        return new StoreCommitSummary(CasesBefore, data.CaseCount, data.DeletedCaseIds.Length, data.Ingredients.Length, data.Terms.Length, new FileInfo(path).Length);
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();
}
