using Causa.Storage.Files;

namespace Causa.Application;

/// <summary>
/// One store folder, shared by every use case and followed across writes: each <see cref="Acquire"/> leases the
/// current <see cref="WorkspaceGeneration"/>, which holds the case store, the vocabulary, the evidence sources, the
/// saved signal scans and the drug and term resolvers as the folder was when the generation began, each built once for
/// it. When a writer (ingest, source add, vocab import or apply, signals) renames a newer file into place, the next
/// check begins a new generation; queries in flight finish on the one they leased.
/// </summary>
/// <remarks>
/// <para>Thread-safe: a web server shares one workspace between requests.</para>
/// <para>No reopen storm: the folder is checked at most once per check interval (<see cref="DefaultCheckInterval"/>
/// unless given), by one caller at a time, with a stat of each file and a 32-byte read of the store header; the other
/// callers meanwhile lease the current generation without waiting. A new generation opens the new store once and builds
/// its other parts lazily, each once. Only the very first acquire waits for the first check.</para>
/// <para>No mapping is released under a reader: a replaced generation is closed when its last lease is disposed. A newer
/// store that cannot be opened (damaged) leaves the current one in service.</para>
/// </remarks>
public sealed class CausaWorkspace : IDisposable
{
    /// <summary>How often a workspace looks for newer files by default: 250 ms.</summary>
    public static readonly TimeSpan DefaultCheckInterval = TimeSpan.FromMilliseconds(250);

    private readonly FileStoreProvider _stores;
    private readonly TimeProvider _time;
    private readonly long _checkTicks;
    private readonly Lock _gate = new();
    private WorkspaceGeneration? _current;
    private long _lastCheck;
    private long _generations;
    private bool _disposed;
    private int _drugResolverBuilds;
    private int _termResolverBuilds;
    private int _evidenceTermResolverBuilds;
    private int _vocabularyLoads;

    /// <summary>Opens the workspace of <paramref name="directory"/>, checking for newer files every
    /// <see cref="DefaultCheckInterval"/>; nothing is read until the first <see cref="Acquire"/>.</summary>
    /// <param name="directory">The store folder (absolute path); it need not exist.</param>
    public CausaWorkspace(string directory)
        : this(directory, DefaultCheckInterval)
    {
    }

    /// <summary>Opens the workspace of <paramref name="directory"/>; nothing is read until the first <see cref="Acquire"/>.</summary>
    /// <param name="directory">The store folder (absolute path); it need not exist.</param>
    /// <param name="checkInterval">Least time between two checks for newer files; zero checks on every acquire.</param>
    /// <param name="time">Clock of the checks; the system clock when null.</param>
    /// <param name="verification">How the store file is verified when opened: all of it at once (the default, for a
    /// long-lived process such as the web site) or each section on first read (<see cref="StoreVerification.OnRead"/>, for
    /// a process that answers one command; a damaged section it reads then fails with the store error).</param>
    public CausaWorkspace(string directory, TimeSpan checkInterval, TimeProvider? time = null, StoreVerification verification = StoreVerification.Full)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(checkInterval, TimeSpan.Zero);
        Directory = directory;
        _time = time ?? TimeProvider.System;
        _checkTicks = (long)(checkInterval.TotalSeconds * _time.TimestampFrequency);

        // The workspace throttles the checks itself, so the provider looks at the file whenever it is asked.
        _stores = new FileStoreProvider(directory, TimeSpan.Zero, _time, verification);
    }

    /// <summary>The store folder.</summary>
    public string Directory { get; }

    /// <summary>Opens the workspace of <paramref name="directory"/> for a process that answers one command: the store
    /// file is verified section by section as the command reads it (<see cref="StoreVerification.OnRead"/>), so the
    /// command's cost does not grow with the parts of the store it does not read. A damaged section it reads throws
    /// <see cref="Core.Storage.InvalidStoreException"/>, which the front end reports as the store error.</summary>
    /// <param name="directory">The store folder (absolute path); it need not exist.</param>
    public static CausaWorkspace ForOneCommand(string directory) => new(directory, DefaultCheckInterval, verification: StoreVerification.OnRead);

    /// <summary>Where the case store file is (or would be) in <see cref="Directory"/>.</summary>
    public string StoreFilePath => CaseStore.PathIn(Directory);

    /// <summary>The error for a store section found damaged mid-command (a workspace made by <see cref="ForOneCommand"/>
    /// verifies each section on first read): the same error a use case gives for a store that cannot be opened, so a
    /// front end reports both alike. A damaged part of another file of the folder read in place
    /// (<see cref="Core.Storage.InvalidStoreException.FileName"/>: the evidence sources, the name index) gives the error of
    /// that file: for the sources, the one their load gives.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="damaged">What the read found.</param>
    public static Errors.Error StoreReadError(string directory, Core.Storage.InvalidStoreException damaged)
    {
        ArgumentNullException.ThrowIfNull(damaged);
        if (damaged.FileName is { } name)
        {
            var path = Path.Combine(directory, name);
            return Errors.Error.BadData($"{path}: {damaged.Message}", path, RemedyFor(name));
        }

        return WorkspaceGeneration.ToError(new Core.Storage.StoreError(damaged.Kind, CaseStore.PathIn(directory), damaged.Message), directory);
    }

    // What the user can do about a damaged file of the folder other than the store, found as a command read it.
    private static Core.Remedy RemedyFor(string fileName) => fileName switch
    {
        Core.Resolution.DrugNameIndexFile.FileName => Core.Remedy.RebuildNameIndex,
        _ => Core.Remedy.None,
    };

    /// <summary>How many drug resolvers were built, over all generations (one per generation at most); for tests and diagnostics.</summary>
    public int DrugResolverBuilds => Volatile.Read(ref _drugResolverBuilds);

    /// <summary>How many store term resolvers were built, over all generations (one per generation at most).</summary>
    public int TermResolverBuilds => Volatile.Read(ref _termResolverBuilds);

    /// <summary>How many evidence term resolvers (source and store terms) were built, over all generations (one per generation at most).</summary>
    public int EvidenceTermResolverBuilds => Volatile.Read(ref _evidenceTermResolverBuilds);

    /// <summary>How many times the vocabulary file was read, over all generations (once per generation at most).</summary>
    public int VocabularyLoads => Volatile.Read(ref _vocabularyLoads);

    /// <summary>How many generations were begun so far.</summary>
    public long Generations => Interlocked.Read(ref _generations);

    /// <summary>
    /// Leases the current generation, beginning a newer one first when the check interval has passed and a file has
    /// changed. Never fails for a missing or damaged store: the generation's <see cref="WorkspaceGeneration.Store"/>
    /// says why.
    /// </summary>
    /// <returns>The lease; dispose it when the query is done.</returns>
    /// <exception cref="ObjectDisposedException">The workspace is disposed.</exception>
    public WorkspaceLease Acquire()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
        var now = _time.GetTimestamp();
        if (Volatile.Read(ref _current) is null)
        {
            lock (_gate)
            {
                if (_current is null && !_disposed)
                {
                    Refresh(now);
                }
            }
        }
        else if (now - Volatile.Read(ref _lastCheck) >= _checkTicks && _gate.TryEnter())
        {
            try
            {
                if (!_disposed)
                {
                    Refresh(now);
                }
            }
            finally
            {
                _gate.Exit();
            }
        }

        while (Volatile.Read(ref _current) is { } generation)
        {
            if (generation.TryAddReference())
            {
                return new WorkspaceLease(generation);
            }

            // Replaced and closed between the read and the reference: the newer generation is already current.
        }

        throw new ObjectDisposedException(nameof(CausaWorkspace));
    }

    /// <summary>Releases the workspace's hold on the current generation; leases still out keep theirs until disposed.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            Volatile.Write(ref _disposed, true);
            Interlocked.Exchange(ref _current, null)?.Release();
            _stores.Dispose();
        }
    }

    internal void CountVocabularyLoad() => Interlocked.Increment(ref _vocabularyLoads);

    internal void CountDrugResolverBuild() => Interlocked.Increment(ref _drugResolverBuilds);

    internal void CountTermResolverBuild() => Interlocked.Increment(ref _termResolverBuilds);

    internal void CountEvidenceTermResolverBuild() => Interlocked.Increment(ref _evidenceTermResolverBuilds);

    /// <summary>Begins a new generation when a file changed since the current one began; called under the gate.</summary>
    private void Refresh(long now)
    {
        Volatile.Write(ref _lastCheck, now);

        // Stamps first, store second: a writer finishing in between makes this generation look older than it is, so the
        // next check begins another one with the same content; never the other way round.
        var files = WorkspaceFileStamps.Of(Directory);
        _stores.TryAcquire(out var storeLease, out var storeError);
        if (_current is { } current && current.Files == files && current.StoreGeneration == (storeLease?.Generation ?? 0)
            && current.StoreErrorText == storeError?.ToString())
        {
            storeLease?.Dispose();
            return;
        }

        // Counted once it is current, so a caller that sees the count also gets the generation.
        var next = new WorkspaceGeneration(this, _generations + 1, files, storeLease, storeError);
        Interlocked.Exchange(ref _current, next)?.Release();
        Interlocked.Increment(ref _generations);
    }
}
