using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Causa.Core.Files;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// The one writer lock of a store folder, held by every use case that writes into it (ingest, source add, vocab import
/// and apply, signals, fetch into the folder) for the whole read-modify-write, so two writers never lose each other's
/// update. Readers never take it: they see whole files, renamed into place.
/// </summary>
/// <remarks>
/// <para>The lock is an operating-system lock on <see cref="FileName"/> (opened with <see cref="FileShare.None"/>: an
/// exclusive <c>flock</c> on Linux and macOS, a share lock on Windows). The system releases it when the holder's
/// process ends, however it ends, so a crashed writer never blocks the next one; the file itself stays (deleting it could
/// let two writers lock two different files).</para>
/// <para>While it holds the lock, the holder keeps a record of itself in <see cref="OwnerFileName"/> (process id, command,
/// start time), which a writer that cannot get the lock reads to say who holds it. Right after taking the lock, a writer
/// deletes the hidden temporary files of writers that no longer run (<see cref="AtomicFile.DeleteStaleTemporaries"/>).</para>
/// <para>Advisory: it excludes Causa writers, not other programs writing into the folder; on network file systems it
/// is only as good as their <c>flock</c>. Thread-safe; two threads of one process exclude each other too.</para>
/// </remarks>
public sealed class StoreWriteLock : IDisposable
{
    /// <summary>The lock file in the store folder.</summary>
    public const string FileName = "store.lock";

    /// <summary>The holder's record beside the lock file (removed when the lock is released).</summary>
    public const string OwnerFileName = "store.lock.owner";

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _lock;
    private int _released;

    private StoreWriteLock(string directory, FileStream lockStream, StoreWriterRecord holder)
    {
        Directory = directory;
        _lock = lockStream;
        Holder = holder;
    }

    /// <summary>The store folder.</summary>
    public string Directory { get; }

    /// <summary>This holder's record (this process, the command, when it took the lock).</summary>
    public StoreWriterRecord Holder { get; }

    /// <summary>Takes the lock of <paramref name="directory"/> (created when missing), waiting up to
    /// <paramref name="wait"/> for another writer to finish.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="command">What this writer is doing, in words, for the message another writer shows (e.g. "causa ingest").</param>
    /// <param name="wait">How long to wait for the holder; zero tries once. At most a day.</param>
    /// <param name="held">The lock; dispose it when the write is done.</param>
    /// <param name="error"><see cref="StoreErrorKind.Locked"/> naming the holder when the wait ran out;
    /// <see cref="StoreErrorKind.Io"/> when the folder or lock file cannot be written (read-only, no permission).</param>
    /// <param name="time">Clock of the wait; the system clock when null.</param>
    /// <param name="cancellationToken">Stops waiting (throws <see cref="OperationCanceledException"/>).</param>
    public static bool TryAcquire(
        string directory,
        string command,
        TimeSpan wait,
        [NotNullWhen(true)] out StoreWriteLock? held,
        [NotNullWhen(false)] out StoreError? error,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wait, TimeSpan.FromDays(1));
        time ??= TimeProvider.System;
        var path = Path.Combine(directory, FileName);
        var started = time.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileStream stream;
            try
            {
                System.IO.Directory.CreateDirectory(directory);
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                var waited = time.GetElapsedTime(started);
                if (waited >= wait)
                {
                    held = null;
                    error = new StoreError(StoreErrorKind.Locked, path, HeldMessage(directory, waited));
                    return false;
                }

                var pause = wait - waited < RetryInterval ? wait - waited : RetryInterval;
                cancellationToken.WaitHandle.WaitOne(pause);
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                held = null;
                error = new StoreError(StoreErrorKind.Io, path, $"cannot take the store's writer lock: {e.Message} (is the folder writable?)");
                return false;
            }

            var holder = new StoreWriterRecord(Environment.ProcessId, command, time.GetUtcNow());
            held = new StoreWriteLock(directory, stream, holder);
            held.WriteOwner();
            AtomicFile.DeleteStaleTemporaries(directory);
            error = null;
            return true;
        }
    }

    /// <summary>The record of the writer holding the lock of <paramref name="directory"/>, when one is written; for messages only
    /// (it may be stale or half written: the lock itself, not this record, is what excludes).</summary>
    public static StoreWriterRecord? ReadOwner(string directory)
    {
        try
        {
            return StoreWriterRecord.Parse(File.ReadAllText(Path.Combine(directory, OwnerFileName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock (and removes this holder's record); disposing again does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        try
        {
            // Under the lock still, so the next holder's record is never the one deleted.
            File.Delete(Path.Combine(Directory, OwnerFileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale record is harmless: the next holder overwrites it, and messages check its process is alive.
        }

        _lock.Dispose();
    }

    private static bool IsHeldElsewhere(IOException e)
    {
        // Windows: a sharing or lock violation (32, 33). Unix: .NET's failed non-blocking flock carries the raw errno,
        // EWOULDBLOCK (11 on Linux, 35 on macOS and the BSDs).
        return OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 32 or 33 : e.HResult is 11 or 35;
    }

    /// <summary>Who holds the lock of <paramref name="directory"/>, in words ("process 6886 (causa source add), writing
    /// since … UTC"), or a generic phrase when the holder has not recorded itself (yet) or is gone.</summary>
    public static string DescribeHolder(string directory)
    {
        var owner = ReadOwner(directory);
        return owner is not null && IsRunning(owner.ProcessId)
            ? string.Create(CultureInfo.InvariantCulture, $"process {owner.ProcessId} ({owner.Command}), writing since {owner.Since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC")
            : "another Causa process (it has not said which yet)";
    }

    private static string HeldMessage(string directory, TimeSpan waited)
    {
        var seconds = waited.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return $"the store is being written by {DescribeHolder(directory)}; waited {seconds} s for it.";
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private void WriteOwner()
    {
        try
        {
            File.WriteAllText(Path.Combine(Directory, OwnerFileName), Holder.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The record only names the holder in other writers' messages; the lock holds without it.
        }
    }
}
