using System.Collections.Concurrent;
using Causa.Core.Query;
using Causa.Core.Storage;
using Causa.Storage.Files;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Storage;

/// <summary>
/// Store generations under load: readers on several threads keep asking while an ingest replaces the store. Every answer
/// must come whole from one generation, none may fail, and the old mapping must close after its last lease.
/// </summary>
public sealed class StoreGenerationTests
{
    /// <summary>Generation 1: 10 cases, DRUGX with Rash in 4. Generation 2 adds 10 more, DRUGX with Rash in 3 of them.</summary>
    private static BatchBuilder Quarter(int year, int quarter, long firstCase, int rashCases)
    {
        var b = new BatchBuilder(year, quarter);
        for (var i = 0; i < 10; i++)
        {
            b.Report(firstCase + i, 1, (year * 10000) + 101, ["DRUGX"], i < rashCases ? ["Rash"] : ["Nausea"]);
        }

        return b;
    }

    [Fact]
    public async Task Readers_see_whole_generations_while_an_ingest_replaces_the_store()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build());
        using var provider = new FileStoreProvider(dir.Path, TimeSpan.Zero);
        var answers = new ConcurrentDictionary<(long Generation, int Cases, long A), int>();
        var failures = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    Assert.True(provider.TryAcquire(out var lease, out var error), error?.ToString());
                    using (lease)
                    {
                        var store = lease.Store;
                        var answer = new SignalQueries(store).Ask(store.FindIngredient("DRUGX")!.Value, store.FindTerm("Rash")!.Value);
                        answers.AddOrUpdate((lease.Generation, store.CaseCount, answer.A), 1, static (_, n) => n + 1);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failures.Enqueue(e);
                }
            }
        })).ToArray();

        // Let the readers run on generation 1, then ingest a second quarter into the same folder.
        SpinWait.SpinUntil(() => !answers.IsEmpty, TimeSpan.FromSeconds(30));
        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build(), Quarter(2021, 2, 101, 3).Build());
        SpinWait.SpinUntil(() => answers.Keys.Any(static k => k.Generation == 2), TimeSpan.FromSeconds(30));
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        // Every answer is (generation 1: N = 10, a = 4) or (generation 2: N = 20, a = 4 + 3): never a mixture.
        Assert.Equal([(1L, 10, 4L), (2L, 20, 7L)], answers.Keys.Order());
    }

    [Fact]
    public void A_lease_keeps_its_generation_open_until_released_and_then_it_closes()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build());
        using var provider = new FileStoreProvider(dir.Path, TimeSpan.Zero);
        Assert.True(provider.TryAcquire(out var old, out _));
        var oldStore = old.Store;

        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build(), Quarter(2021, 2, 101, 3).Build());
        Assert.True(provider.TryAcquire(out var fresh, out _));
        using (fresh)
        {
            Assert.Equal((1L, 2L), (old.Generation, fresh.Generation));
            Assert.Equal(10, oldStore.CaseCount); // still readable: the mapping outlives the switch
            Assert.Equal(20, fresh.Store.CaseCount);
            old.Dispose();
            Assert.Throws<ObjectDisposedException>(() => oldStore.CaseCount);
            Assert.Equal(20, fresh.Store.CaseCount);
        }
    }

    [Fact]
    public void Within_the_check_interval_the_current_generation_is_served_without_reopening()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build());
        using var provider = new FileStoreProvider(dir.Path, TimeSpan.FromHours(1));
        Assert.True(provider.TryAcquire(out var first, out _));
        first.Dispose();

        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build(), Quarter(2021, 2, 101, 3).Build());
        Assert.True(provider.TryAcquire(out var second, out _));
        using (second)
        {
            Assert.Equal(1, second.Generation);
            Assert.Equal(10, second.Store.CaseCount);
        }
    }

    [Fact]
    public void An_empty_folder_gives_not_found_and_the_first_ingest_is_picked_up()
    {
        using var dir = new TempFolder();
        using var provider = new FileStoreProvider(dir.Path, TimeSpan.Zero);
        Assert.False(provider.TryAcquire(out _, out var error));
        Assert.Equal(StoreErrorKind.NotFound, error.Kind);

        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build());
        Assert.True(provider.TryAcquire(out var lease, out _));
        using (lease)
        {
            Assert.Equal(10, lease.Store.CaseCount);
        }
    }

    [Fact]
    public void A_damaged_file_is_an_error_until_an_ingest_replaces_it()
    {
        using var dir = new TempFolder();
        File.WriteAllBytes(Path.Combine(dir.Path, "cases.causa"), [.. "CAUSASTO"u8, 2, 0, 9, 9, 9]);
        using var provider = new FileStoreProvider(dir.Path, TimeSpan.Zero);
        Assert.False(provider.TryAcquire(out _, out var first));
        Assert.False(provider.TryAcquire(out _, out var again));
        Assert.Equal(StoreErrorKind.Truncated, first.Kind);
        Assert.Equal(first, again);

        File.Delete(Path.Combine(dir.Path, "cases.causa"));
        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build());
        Assert.True(provider.TryAcquire(out var lease, out _));
        using (lease)
        {
            Assert.Equal(10, lease.Store.CaseCount);
        }
    }

    [Fact]
    public void A_damaged_newer_file_leaves_the_current_generation_in_service()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(2021, 1, 1, 4).Build());
        using var provider = new FileStoreProvider(dir.Path, TimeSpan.Zero);
        Assert.True(provider.TryAcquire(out var first, out _));
        first.Dispose();

        var path = Path.Combine(dir.Path, "cases.causa");
        var damaged = File.ReadAllBytes(path);
        damaged[^1] ^= 0xFF;
        File.Move(path, path + ".good");
        File.WriteAllBytes(path, damaged);
        Assert.True(provider.TryAcquire(out var lease, out _));
        using (lease)
        {
            Assert.Equal(1, lease.Generation);
            Assert.Equal(10, lease.Store.CaseCount);
        }
    }
}
