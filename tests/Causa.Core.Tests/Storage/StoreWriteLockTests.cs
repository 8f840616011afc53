using System.Diagnostics;
using System.Globalization;
using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Core.Tests.Storage;

/// <summary>One writer per store folder: a second one waits, then fails naming the holder; a dead holder blocks nobody.</summary>
public sealed class StoreWriteLockTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_second_writer_fails_after_its_wait_with_a_message_naming_the_holder()
    {
        Assert.True(StoreWriteLock.TryAcquire(_dir.Path, "causa source add", TimeSpan.Zero, out var first, out _));
        using (first)
        {
            var clock = Stopwatch.StartNew();

            var taken = StoreWriteLock.TryAcquire(_dir.Path, "causa vocab import", TimeSpan.FromMilliseconds(300), out var second, out var error);

            Assert.False(taken);
            Assert.Null(second);
            Assert.Equal(StoreErrorKind.Locked, error!.Kind);
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(290), $"gave up after {clock.Elapsed}");
            Assert.Contains($"process {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} (causa source add)", error.Message, StringComparison.Ordinal);
            Assert.Contains($"since {first.Holder.Since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_waiting_writer_gets_the_lock_once_the_holder_releases_it()
    {
        Assert.True(StoreWriteLock.TryAcquire(_dir.Path, "first", TimeSpan.Zero, out var first, out _));
        var release = new Thread(() =>
        {
            Thread.Sleep(200);
            first.Dispose();
        });
        release.Start();

        var taken = StoreWriteLock.TryAcquire(_dir.Path, "second", TimeSpan.FromSeconds(30), out var second, out var error);

        release.Join();
        Assert.True(taken, error?.Message);
        Assert.Equal("second", StoreWriteLock.ReadOwner(_dir.Path)?.Command);
        second!.Dispose();
        Assert.Null(StoreWriteLock.ReadOwner(_dir.Path));
    }

    [Fact]
    public void Threads_of_one_process_exclude_each_other()
    {
        var inside = 0;
        var most = 0;
        var failures = 0;
        Parallel.For(0, 8, i =>
        {
            if (!StoreWriteLock.TryAcquire(_dir.Path, "thread", TimeSpan.FromSeconds(60), out var held, out _))
            {
                Interlocked.Increment(ref failures);
                return;
            }

            using (held)
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                Thread.Sleep(20);
                Interlocked.Decrement(ref inside);
            }
        });

        Assert.Equal(0, failures);
        Assert.Equal(1, most);
    }

    [Fact]
    public void A_lock_held_by_another_process_blocks_until_that_process_is_killed()
    {
        // flock(1) takes the same operating-system lock .NET takes for FileShare.None on Linux; the shell then becomes
        // sleep, so the one process started holds the lock and killing it is a writer dying mid-write.
        var lockPath = Path.Combine(_dir.Path, StoreWriteLock.FileName);
        using var holder = Process.Start(new ProcessStartInfo("bash", ["-c", "exec 9>>\"$0\" && flock -x 9 && exec sleep 120", lockPath]) { UseShellExecute = false })!;
        try
        {
            var held = SpinWait.SpinUntil(
                () =>
                {
                    var free = StoreWriteLock.TryAcquire(_dir.Path, "probe", TimeSpan.Zero, out var probe, out _);
                    probe?.Dispose();
                    return !free;
                },
                TimeSpan.FromSeconds(30));
            Assert.True(held, "the other process never held the lock");
            Assert.False(StoreWriteLock.TryAcquire(_dir.Path, "blocked", TimeSpan.FromMilliseconds(100), out _, out var error));
            Assert.Equal(StoreErrorKind.Locked, error!.Kind);

            holder.Kill();
            holder.WaitForExit();

            // The system released the dead holder's lock: a stale lock file is no blocker.
            Assert.True(StoreWriteLock.TryAcquire(_dir.Path, "after", TimeSpan.FromSeconds(5), out var after, out error), error?.Message);
            after!.Dispose();
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill();
            }
        }
    }

    [Fact]
    public void A_record_left_by_a_dead_writer_does_not_block_and_its_temporaries_are_removed()
    {
        var dead = DeadProcessId();
        File.WriteAllText(Path.Combine(_dir.Path, StoreWriteLock.OwnerFileName), new StoreWriterRecord(dead, "causa ingest", DateTimeOffset.UnixEpoch).ToString());
        var guid = Guid.NewGuid().ToString("N");
        var deadTemp = Path.Combine(_dir.Path, $".cases.causa.{dead}.{guid}.tmp");
        var ownTemp = Path.Combine(_dir.Path, $".sources.causasrc.{Environment.ProcessId}.{guid}.tmp");
        var userFile = Path.Combine(_dir.Path, "notes.tmp");
        foreach (var file in new[] { deadTemp, ownTemp, userFile })
        {
            File.WriteAllText(file, "x");
        }

        Assert.True(StoreWriteLock.TryAcquire(_dir.Path, "causa ingest", TimeSpan.Zero, out var held, out var error), error?.Message);
        using (held)
        {
            Assert.False(File.Exists(deadTemp));
            Assert.True(File.Exists(ownTemp));
            Assert.True(File.Exists(userFile));
            Assert.Equal(Environment.ProcessId, StoreWriteLock.ReadOwner(_dir.Path)?.ProcessId);
        }
    }

    [Fact]
    public void A_writer_record_reads_back_and_a_half_written_one_is_null()
    {
        var record = new StoreWriterRecord(4242, "causa source add\nlabels", new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));

        var read = StoreWriterRecord.Parse(record.ToString());

        Assert.Equal(record with { Command = "causa source add labels" }, read);
        Assert.Null(StoreWriterRecord.Parse("4242\ncausa"));
        Assert.Null(StoreWriterRecord.Parse(""));
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
