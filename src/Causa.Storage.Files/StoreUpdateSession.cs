using Causa.Core;
using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// One ingest into a store folder: holds the folder's lock, stages each new quarter (spilled as sorted runs, temporary
/// files in the folder: see <see cref="StoreMerger"/>), and on <see cref="Commit"/> either rewrites the whole store (a
/// compaction: the base file <c>cases.causa</c> replaced atomically, every segment folded into it) or writes the new
/// cases as a segment file and then the folder's manifest (<see cref="StoreManifest"/>), whose atomic rename is the
/// switch. Disposing without committing leaves the store exactly as it was and deletes the runs.
/// </summary>
/// <remarks>
/// <para>Which of the two, <see cref="StoreCompaction"/> says: a small store is rewritten (cheap, and it keeps one file);
/// a large one gets a segment, so that an update costs the new quarter rather than the whole history. Either way the
/// kept cases are the same: one version per case by the deduplication rule, every case on any DELETE list removed.
/// After a compaction the store is byte-identical to one ingested all at once.</para>
/// <para>Not thread-safe. Only one writer per folder at a time: the session runs under the folder's
/// <see cref="StoreWriteLock"/>, the caller's or its own.</para>
/// </remarks>
public sealed class StoreUpdateSession : IStoreUpdate
{
    /// <summary>Below this many kept cases, <see cref="StoreCompaction.Auto"/> rewrites the store rather than adding a
    /// segment: rewriting it costs less than about a third of ingesting a full-size quarter.</summary>
    public const int AutoCompactBelowCases = 500_000;

    private readonly StoreWriteLock? _ownLock;
    private readonly StoreMerger _merger;
    private readonly CaseStore? _existing;
    private readonly StoreCompaction _compaction;
    private bool _batches;
    private bool _committed;

    private StoreUpdateSession(string directory, StoreWriteLock? ownLock, CaseStore? existing, StoreCompaction compaction)
    {
        Directory = directory;
        _ownLock = ownLock;
        _merger = new StoreMerger(directory);
        _existing = existing;
        _compaction = compaction;
        CasesBefore = existing?.CaseCount ?? 0;
    }

    /// <summary>The store folder.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public int CasesBefore { get; }

    /// <summary>The existing store's segment files beside its base file and the size of all its files in bytes; (0, 0)
    /// when the folder held no store.</summary>
    public (int Segments, long Bytes) ExistingLayout => _existing is null ? (0, 0) : (_existing.SegmentCount, _existing.SizeBytes);

    /// <summary>
    /// Starts a session: opens and verifies the existing store under the folder's writer lock. Fails (without touching
    /// anything) when the folder is locked by another writer or the existing store is damaged — a damaged store is never
    /// silently replaced.
    /// </summary>
    /// <param name="directory">The store folder (created when missing).</param>
    /// <param name="heldLock">The folder's writer lock, already held by the caller for its whole use case (not released
    /// here); null to take it here, without waiting, for the session's life.</param>
    /// <param name="compaction">Whether the commit rewrites the store or adds a segment.</param>
    public static StoreUpdateSessionResult Begin(string directory, StoreWriteLock? heldLock = null, StoreCompaction compaction = StoreCompaction.Auto)
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
            return StoreUpdateSessionResult.Success(new StoreUpdateSession(directory, lockStream, null, compaction));
        }

        // A store about to be rewritten is verified whole first, as it always was. One that an update will leave in place
        // (a segment beside it) is verified as it is read: the update reads its dictionaries, the case ids and keys of the
        // cases the new quarters touch, and its drug rows; what it does not read, it does not copy either.
        var opened = CaseStore.Open(directory, StoreVerification.OnRead);
        if (opened.Succeeded && RewritesWithQuarters(opened.Store, compaction))
        {
            opened.Store.Dispose();
            opened = CaseStore.Open(directory, StoreVerification.Full);
        }

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

        // Under the lock, files no manifest of this base lists are what a crashed writer left: a segment written before
        // its manifest, or a manifest and segments a compaction had already folded into the base.
        RemoveUnlisted(directory, opened.Store);
        return StoreUpdateSessionResult.Success(new StoreUpdateSession(directory, lockStream, opened.Store, compaction));
    }

    /// <inheritdoc />
    public BatchLinkSummary Add(QuarterBatch batch)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        _batches = true;
        return _merger.AddBatch(batch);
    }

    /// <inheritdoc />
    /// <remarks>A rewrite replaces the base file atomically, then removes the manifest and the segments; a segment is
    /// written (atomically) before the manifest that lists it is renamed into place. A crash at any point leaves either
    /// the old content or the new one readable.</remarks>
    public StoreCommitSummary Commit(IDrugNameResolverFactory resolverFactory, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (_existing is not null && !Rewrites(_existing))
        {
            return CommitSegment(_existing, resolverFactory, cancellationToken);
        }

        if (_existing is not null)
        {
            if (!RewritesWithQuarters(_existing, _compaction))
            {
                // Opened for a segment, rewritten after all (no quarters came): verified whole before it is copied.
                var verified = CaseStore.Open(Directory, StoreVerification.Full);
                if (!verified.Succeeded)
                {
                    throw new InvalidStoreException(verified.Error.Kind, $"{verified.Error.Path}: {verified.Error.Message}; the damaged store was left untouched");
                }

                verified.Store.Dispose();
            }

            _merger.AddExisting(_existing);
        }

        var data = _merger.Build(resolverFactory, cancellationToken);
        var path = Path.Combine(Directory, StoreFileFormat.FileName);
        StoreFileWriter.WriteAtomically(path, data, cancellationToken);
        _committed = true;
        if (StoreFileIdentity.Of(path) is { } written && _merger.LearnedPairs is { } pairs)
        {
            LearnedPairsMemo.Remember(written.Fingerprint, pairs);
        }

        if (_existing is { SegmentCount: > 0 })
        {
            RemoveSegments(Directory, _existing);
        }

        return new StoreCommitSummary(CasesBefore, data.CaseCount, data.DeletedCaseIds.Length, data.Ingredients.Length, data.Terms.Length, new FileInfo(path).Length);
    }

    /// <inheritdoc />
    /// <remarks>Deletes the session's temporary runs and closes the existing store, then releases the writer lock when the
    /// session took it itself.</remarks>
    public void Dispose()
    {
        _merger.Dispose();
        _existing?.Dispose();
        _ownLock?.Dispose();
    }

    /// <summary>Whether this commit rewrites the store (see <see cref="StoreCompaction"/>); always without new quarters
    /// (a re-resolution of every name) and when the store already holds the most segments.</summary>
    private bool Rewrites(CaseStore existing) => !_batches || RewritesWithQuarters(existing, _compaction);

    /// <summary>Whether a commit with new quarters rewrites <paramref name="existing"/>.</summary>
    private static bool RewritesWithQuarters(CaseStore existing, StoreCompaction compaction) =>
        existing.SegmentCount >= StoreManifest.MaxSegments || compaction switch
        {
            StoreCompaction.Always => true,
            StoreCompaction.Defer => false,
            _ => existing.CaseCount < AutoCompactBelowCases,
        };

    private StoreCommitSummary CommitSegment(CaseStore existing, IDrugNameResolverFactory resolverFactory, CancellationToken cancellationToken)
    {
        var data = _merger.BuildSegment(existing, resolverFactory, cancellationToken);
        _committed = true;
        if (data is null)
        {
            return new StoreCommitSummary(CasesBefore, existing.CaseCount, existing.DeletedCaseIdCount, existing.Ingredients.Count, existing.Terms.Count, existing.SizeBytes);
        }

        var segments = new List<StoreManifest.SegmentStamp>();
        var number = 1;
        for (var s = 1; s < existing.Segments.Count; s++)
        {
            var name = Path.GetFileName(existing.Segments[s].FilePath);
            segments.Add(new StoreManifest.SegmentStamp(name, existing.Segments[s].Stamp));
            if (StoreManifest.TryParseSegmentName(name, out var listed))
            {
                number = Math.Max(number, listed + 1);
            }
        }

        var segmentName = StoreManifest.SegmentName(number);
        var segmentPath = Path.Combine(Directory, segmentName);
        StoreFileWriter.WriteAtomically(segmentPath, data, cancellationToken);
        segments.Add(new StoreManifest.SegmentStamp(segmentName, ReadStamp(segmentPath)));
        new StoreManifest(existing.Segments[0].Stamp, segments).Write(Directory);

        var reopened = CaseStore.Open(Directory, StoreVerification.OnRead);
        if (!reopened.Succeeded)
        {
            throw new InvalidStoreException(reopened.Error.Kind, reopened.Error.Message);
        }

        using var store = reopened.Store;
        if (_merger.LearnedPairs is { } pairs)
        {
            LearnedPairsMemo.Remember(store.Fingerprint, pairs);
        }

        return new StoreCommitSummary(CasesBefore, store.CaseCount, store.DeletedCaseIdCount, store.Ingredients.Count, store.Terms.Count, store.SizeBytes)
        {
            Segments = store.SegmentCount,
        };
    }

    private static StoreManifest.FileStamp ReadStamp(string path) =>
        StoreFileIdentity.Of(path) is { } identity ? new StoreManifest.FileStamp(identity.Fingerprint, identity.Length) : throw new IOException($"{path}: the segment just written cannot be read");

    /// <summary>Removes the manifest and every segment file of <paramref name="store"/>'s folder after a rewrite.</summary>
    private static void RemoveSegments(string directory, CaseStore store)
    {
        File.Delete(StoreManifest.PathIn(directory));
        for (var s = 1; s < store.Segments.Count; s++)
        {
            File.Delete(store.Segments[s].FilePath);
        }
    }

    /// <summary>Removes a stale manifest and every segment file the store does not read.</summary>
    private static void RemoveUnlisted(string directory, CaseStore store)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 1; s < store.Segments.Count; s++)
        {
            listed.Add(Path.GetFileName(store.Segments[s].FilePath));
        }

        if (store.SegmentCount == 0 && File.Exists(StoreManifest.PathIn(directory)))
        {
            File.Delete(StoreManifest.PathIn(directory));
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "cases.*.causa"))
        {
            var name = Path.GetFileName(path);
            if (StoreManifest.IsSegmentName(name) && !listed.Contains(name))
            {
                File.Delete(path);
            }
        }
    }
}
