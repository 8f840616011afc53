using Causa.Application.Errors;
using Causa.Application.Names;
using Causa.Core.Ingest;
using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Application.Ingest;

/// <summary>
/// The compaction use case: rewrites a store folder as one file, folding in every segment that ingests added beside it
/// (see <see cref="StoreCompaction"/>). The result is byte-identical to ingesting every quarter at once. All or nothing:
/// any failure leaves the store as it was.
/// </summary>
/// <param name="time">Clock for the elapsed time; <see cref="TimeProvider.System"/> when null.</param>
/// <param name="writeLock">How to take the store folder's writer lock; <see cref="WriteLockOptions.Default"/> when null.</param>
public sealed class CompactService(TimeProvider? time = null, WriteLockOptions? writeLock = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly WriteLockOptions _writeLock = writeLock ?? WriteLockOptions.Default;

    /// <summary>Rewrites the store in <paramref name="storeDirectory"/> as one file.</summary>
    /// <param name="storeDirectory">The store folder (absolute path).</param>
    /// <param name="cancellationToken">Stops the rewrite; the store is then unchanged.</param>
    /// <returns>The summary; <see cref="ErrorKind.NoStore"/> when the folder holds no store, <see cref="ErrorKind.Locked"/>
    /// when another writer holds it, <see cref="ErrorKind.BadData"/> when the store or its vocabulary is damaged.</returns>
    public Result<CompactSummary> Compact(string storeDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeDirectory);
        if (!CaseStore.Exists(storeDirectory))
        {
            return new Error(ErrorKind.NoStore, $"no Causa store in {storeDirectory} yet; ingest FAERS files first", Subject: new ErrorSubject(File: storeDirectory));
        }

        var started = _time.GetTimestamp();
        return StoreWriters.Run(storeDirectory, _writeLock, _time, writer =>
        {
            var sink = new FileCaseSink(storeDirectory, writer, StoreCompaction.Always);
            if (!sink.TryCreateResolverFactory(out var factory, out var vocabularyError))
            {
                return Failed(vocabularyError);
            }

            var begun = StoreUpdateSession.Begin(storeDirectory, writer, StoreCompaction.Always);
            if (!begun.Succeeded)
            {
                return Failed(begun.Error);
            }

            int segmentsBefore;
            long bytesBefore;
            StoreCommitSummary commit;
            using (var session = begun.Session)
            {
                (segmentsBefore, bytesBefore) = session.ExistingLayout;
                commit = session.Commit(factory, cancellationToken);
            }

            DrugNameIndex.Refresh(storeDirectory);
            return Result<CompactSummary>.Success(new CompactSummary(commit.CasesAfter, segmentsBefore, bytesBefore, commit.FileBytes, _time.GetElapsedTime(started).TotalSeconds));
        });
    }

    // The writer lock is already held (StoreWriters.Run maps a held lock), so what fails here is a damaged store or vocabulary.
    private static Error Failed(StoreError error) =>
        new(ErrorKind.BadData, $"compaction failed, the store is unchanged: {error.Path}: {error.Message}", error.Remedy, new ErrorSubject(File: error.Path));
}
