namespace Causa.Application;

/// <summary>How a writing use case takes its store folder's writer lock (see <see cref="Causa.Storage.Files.StoreWriteLock"/>).</summary>
/// <param name="Command">What the writer is doing, in words, shown to a second writer that finds the lock taken (e.g. "causa source add").</param>
/// <param name="Wait">How long to wait for another writer to finish before failing with <see cref="Errors.ErrorKind.Locked"/>;
/// zero tries once. From zero to one day.</param>
public sealed record WriteLockOptions(string Command, TimeSpan Wait)
{
    /// <summary>The wait when none is given: 30 seconds, long enough for a source import or an ingest of a sample
    /// quarter to finish, short enough that a writer stuck behind a long ingest says so soon.</summary>
    public static TimeSpan DefaultWait { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Called once, with who holds the lock (see <see cref="Causa.Storage.Files.StoreWriteLock.DescribeHolder"/>),
    /// when the lock is taken and this writer starts to wait for it; null says nothing. A front end tells its user why
    /// the command seems to hang.</summary>
    public Action<string>? OnWaiting { get; init; }

    /// <summary>Named "causa", waiting <see cref="DefaultWait"/>.</summary>
    public static WriteLockOptions Default { get; } = new("causa", DefaultWait);
}
