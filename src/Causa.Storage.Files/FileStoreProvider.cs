using System.Diagnostics.CodeAnalysis;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// Store generations for a long-lived process over one store folder: leases on the current <see cref="CaseStore"/>, and a
/// switch to the newer file once an ingest has renamed it into place.
/// </summary>
/// <remarks>
/// <para>No reopen storm: the folder's identity (<see cref="StoreFolderIdentity"/>: the base file and the segment manifest) is checked at most once per
/// <c>checkInterval</c>, by one caller at a time; the others meanwhile lease the current generation without waiting. Only
/// the very first open (no generation yet) makes callers wait for it.</para>
/// <para>A newer file that cannot be opened (damaged) leaves the current generation in service, and is not verified again
/// until it changes. Queries never see a half-written store: ingests write a temporary file and rename it.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public sealed class FileStoreProvider : ICaseStoreProvider
{
    private readonly string _directory;
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly long _checkTicks;
    private readonly StoreVerification _verification;
    private readonly Lock _gate = new();
    private StoreGeneration? _current;
    private StoreFolderIdentity? _failedIdentity;
    private StoreError? _failedError;
    private long _lastCheck;
    private long _generations;
    private bool _disposed;

    /// <summary>Creates the provider; nothing is opened until the first <see cref="TryAcquire"/>.</summary>
    /// <param name="directory">Store folder.</param>
    /// <param name="checkInterval">Least time between two checks for a newer file; zero checks on every acquire.</param>
    /// <param name="time">Clock of the checks; the system clock when null.</param>
    /// <param name="verification">How each store file is verified when opened: <see cref="StoreVerification.Full"/> (the
    /// default, for a long-lived process that opens a file once and reads it many times) or
    /// <see cref="StoreVerification.OnRead"/> (for a process that answers one command).</param>
    public FileStoreProvider(string directory, TimeSpan checkInterval, TimeProvider? time = null, StoreVerification verification = StoreVerification.Full)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(checkInterval, TimeSpan.Zero);
        _directory = directory;
        _path = Path.Combine(directory, StoreFileFormat.FileName);
        _time = time ?? TimeProvider.System;
        _checkTicks = (long)(checkInterval.TotalSeconds * _time.TimestampFrequency);
        _verification = verification;
    }

    /// <inheritdoc />
    public bool TryAcquire([NotNullWhen(true)] out IStoreLease? lease, [NotNullWhen(false)] out StoreError? error)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        error = null;
        var now = _time.GetTimestamp();
        if (Volatile.Read(ref _current) is null)
        {
            lock (_gate)
            {
                if (_current is null)
                {
                    Refresh(now, out error);
                }
            }
        }
        else if (now - Volatile.Read(ref _lastCheck) >= _checkTicks && _gate.TryEnter())
        {
            try
            {
                Refresh(now, out _);
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
                lease = new Lease(generation);
                return true;
            }

            // Retired between the read and the reference: the newer generation is already current.
        }

        lease = null;
        error ??= new StoreError(StoreErrorKind.NotFound, _path, "no Causa store here yet; ingest FAERS files first");
        return false;
    }

    /// <summary>Releases the provider's hold on the current generation; leases still out keep theirs until disposed.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            var current = _current;
            _current = null;
            current?.Release();
        }
    }

    /// <summary>Opens the file when it is not the current generation's; called under the gate.</summary>
    private void Refresh(long now, out StoreError? error)
    {
        error = null;
        Volatile.Write(ref _lastCheck, now);
        var identity = StoreFolderIdentity.Of(_directory);
        if (identity is null || (_current is { } current && current.Identity == identity.Value))
        {
            return;
        }

        if (identity == _failedIdentity)
        {
            // The same damaged file as last time: do not verify it again on every request.
            error = _failedError;
            return;
        }

        var opened = CaseStore.Open(_directory, _verification);
        if (!opened.Succeeded)
        {
            (_failedIdentity, _failedError) = (identity, opened.Error);
            error = opened.Error;
            return;
        }

        // The identity was read before the open, so an ingest renaming a newer file in between leaves the generation
        // with the older identity; the next check then reopens the same content. Same content is not a new generation.
        if (_current is { } same && same.Store.Fingerprint == opened.Store.Fingerprint && same.Store.SizeBytes == opened.Store.SizeBytes)
        {
            opened.Store.Dispose();
            same.Identity = identity.Value;
            return;
        }

        var next = new StoreGeneration(opened.Store, ++_generations, identity.Value);
        var previous = Interlocked.Exchange(ref _current, next);
        previous?.Release();
    }

    private sealed class Lease(StoreGeneration generation) : IStoreLease
    {
        private int _released;

        public ICaseStore Store => generation.Store;

        public long Generation => generation.Number;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                generation.Release();
            }
        }
    }
}
