using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Application;

/// <summary>Takes a store folder's writer lock for a writing use case, with the errors every front end shows the same way.</summary>
internal static class StoreWriters
{
    /// <summary>The folder's writer lock, or <see cref="ErrorKind.Locked"/> naming the holder once the wait ran out, or
    /// <see cref="ErrorKind.BadData"/> when the folder cannot be written at all (the environment, like any I/O error).</summary>
    public static Result<StoreWriteLock> Take(string directory, WriteLockOptions options, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        if (StoreWriteLock.TryAcquire(directory, options.Command, TimeSpan.Zero, out var held, out var error, time, cancellationToken))
        {
            return held;
        }

        // Taken by another writer: say so before waiting, so a command that seems to hang tells why.
        if (error.Kind == StoreErrorKind.Locked && options.Wait > TimeSpan.Zero)
        {
            options.OnWaiting?.Invoke(StoreWriteLock.DescribeHolder(directory));
            if (StoreWriteLock.TryAcquire(directory, options.Command, options.Wait, out held, out error, time, cancellationToken))
            {
                return held;
            }
        }

        return error.Kind == StoreErrorKind.Locked
            ? new Error(ErrorKind.Locked, error.Message, Remedy.WaitForWriter, new ErrorSubject(File: directory))
            : Error.BadData($"the store folder cannot be written: {error.Message}", directory);
    }

    /// <summary>Runs <paramref name="work"/> holding the folder's writer lock and releases it after, or returns the
    /// error of <see cref="Take"/> without running it.</summary>
    public static Result<T> Run<T>(string directory, WriteLockOptions options, TimeProvider? time, Func<StoreWriteLock, Result<T>> work)
    {
        if (!Take(directory, options, time).TryGetValue(out var writer, out var lockError))
        {
            return lockError;
        }

        using (writer)
        {
            return work(writer);
        }
    }
}
