using System.Collections.Concurrent;
using Causa.Application.Json;
using Causa.Application.Queries;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>
/// A long-lived workspace follows the store folder's generations: an ingest that renames a newer store into place is
/// seen by new queries, queries in flight finish on the generation they leased, and no mapping is released under them.
/// </summary>
public sealed class WorkspaceGenerationTests : IDisposable
{
    private static readonly string FirstQuarter = TestData.PathOf("faers", "nico8270_2025q4_sample1000");
    private static readonly string SecondQuarter = TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip");

    private readonly TempFolder _live = new();
    private readonly TempFolder _before = new();
    private readonly TempFolder _after = new();

    public void Dispose()
    {
        _live.Dispose();
        _before.Dispose();
        _after.Dispose();
    }

    [Fact]
    public void Readers_running_through_an_ingest_get_the_old_or_the_new_answer_and_then_the_new_one()
    {
        // Given: the live folder and a frozen copy hold the first quarter; another frozen folder holds both quarters,
        // ingested the same way (one by one), so it is what the live folder becomes.
        Ingest(_live.Path, FirstQuarter);
        Ingest(_before.Path, FirstQuarter);
        Ingest(_after.Path, FirstQuarter);
        Ingest(_after.Path, SecondQuarter);
        var questions = new (string Name, Func<QueryService, string> Ask)[]
        {
            ("info", q => Json(q.Info())),
            ("top", q => Json(q.Top(new TopRequest("adalimumab", null, null, MinCount: 1)).Map(static r => r.Rows))),
            ("evidence", q => Json(q.Evidence(new EvidenceRequest("adalimumab", "nausea")))),
            ("ask", q => Json(q.Ask(new AskRequest("octreotide", "nausea")))),
        };
        var before = Answers(_before.Path, questions);
        var after = Answers(_after.Path, questions);
        // Each answer must tell the two stores apart, or the test could not see a reader served from a mix.
        foreach (var (name, _) in questions)
        {
            Assert.NotEqual(before[name], after[name]);
        }

        // The case counts, read from the store files themselves rather than through a workspace.
        Assert.Contains($"\"cases\": {CaseCount(_before.Path)},", before["info"], StringComparison.Ordinal);
        Assert.Contains($"\"cases\": {CaseCount(_after.Path)},", after["info"], StringComparison.Ordinal);

        using var workspace = new CausaWorkspace(_live.Path, TimeSpan.FromMilliseconds(5));
        var queries = new QueryService(workspace);
        var failures = new ConcurrentQueue<string>();
        var newAnswers = 0;
        var oldAnswers = 0;
        var ingested = 0;
        using var stop = new CancellationTokenSource();

        // When: four readers ask in a loop while the second quarter is ingested into the live folder.
        var readers = Enumerable.Range(0, 4).Select(r => new Thread(() =>
        {
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                var (name, ask) = questions[i % questions.Length];
                try
                {
                    var ingestDone = Volatile.Read(ref ingested) == 1;
                    var answer = ask(queries);
                    if (answer == after[name])
                    {
                        Interlocked.Increment(ref newAnswers);
                    }
                    else if (answer == before[name] && !ingestDone)
                    {
                        Interlocked.Increment(ref oldAnswers);
                    }
                    else
                    {
                        failures.Enqueue($"{name} (ingest done: {ingestDone}): {answer}");
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures.Enqueue($"{name}: {e}");
                }
            }
        })).ToArray();
        foreach (var reader in readers)
        {
            reader.Start();
        }

        SpinWait.SpinUntil(() => Volatile.Read(ref oldAnswers) >= 40 || !failures.IsEmpty, TimeSpan.FromSeconds(60));
        Ingest(_live.Path, SecondQuarter);

        // Once a reader's check has switched the workspace, every query that starts must see the new store.
        SpinWait.SpinUntil(() => workspace.Generations == 2 || !failures.IsEmpty, TimeSpan.FromSeconds(60));
        Volatile.Write(ref ingested, 1);
        var seenAtIngest = Volatile.Read(ref newAnswers);
        SpinWait.SpinUntil(() => Volatile.Read(ref newAnswers) >= seenAtIngest + 40 || !failures.IsEmpty, TimeSpan.FromSeconds(60));
        stop.Cancel();
        foreach (var reader in readers)
        {
            reader.Join();
        }

        // Then: no reader failed or got an answer from neither store, both stores answered, and afterwards the new one does.
        Assert.Empty(failures);
        Assert.True(oldAnswers >= 40, $"{oldAnswers} answers from the first store");
        Assert.True(newAnswers >= seenAtIngest + 40, $"{newAnswers} answers from the new store");
        Assert.Equal(after["info"], Json(queries.Info()));
        // One generation per store, each with its resolvers built once, however many readers asked.
        Assert.Equal(2, workspace.Generations);
        Assert.Equal(2, workspace.DrugResolverBuilds);
    }

    [Fact]
    public void A_leased_generation_keeps_its_store_readable_after_a_newer_one_replaces_it_and_closes_with_its_last_lease()
    {
        Ingest(_live.Path, FirstQuarter);
        Ingest(_before.Path, FirstQuarter);
        var expected = Summary(_before.Path);
        using var workspace = new CausaWorkspace(_live.Path, TimeSpan.Zero);
        var old = workspace.Acquire();
        var oldStore = old.Generation.Store.Value!;
        Assert.Equal(expected, Serialize(new SignalQueries(oldStore).Summary()));

        Ingest(_live.Path, SecondQuarter);
        using (var fresh = workspace.Acquire())
        {
            Assert.Equal(old.Generation.Number + 1, fresh.Generation.Number);
            Assert.NotEqual(oldStore.Fingerprint, fresh.Generation.Store.Value!.Fingerprint);
        }

        // The old mapping is still open and unchanged: every case of the old store reads as before.
        Assert.False(old.Generation.IsClosed);
        Assert.Equal(expected, Serialize(new SignalQueries(oldStore).Summary()));
        using (var reference = CaseStore.Open(_before.Path).Store!)
        {
            Assert.Equal(reference.CaseCount, oldStore.CaseCount);
            for (var id = 0; id < reference.Ingredients.Count; id++)
            {
                Assert.Equal(reference.CasesWithIngredient(id, RoleFilter.All).ToArray(), oldStore.CasesWithIngredient(id, RoleFilter.All).ToArray());
            }
        }

        old.Dispose();
        old.Dispose(); // a second dispose does nothing

        Assert.True(old.Generation.IsClosed);
        using var current = workspace.Acquire();
        Assert.False(current.Generation.IsClosed);
        Assert.Equal(CaseCount(_live.Path), current.Generation.Store.Value!.CaseCount);
    }

    [Fact]
    public void Without_a_change_the_workspace_keeps_one_generation_and_builds_each_part_once()
    {
        Ingest(_live.Path, FirstQuarter);
        using var workspace = new CausaWorkspace(_live.Path, TimeSpan.Zero);
        var queries = new QueryService(workspace);

        for (var i = 0; i < 5; i++)
        {
            Assert.True(queries.Ask(new AskRequest("octreotide", "nausea")).Succeeded);
        }

        Assert.Equal(1, workspace.Generations);
        Assert.Equal(1, workspace.DrugResolverBuilds);
        Assert.Equal(1, workspace.VocabularyLoads);
    }

    [Fact]
    public void A_store_ingested_into_an_empty_folder_is_served_without_reopening_the_workspace()
    {
        using var workspace = new CausaWorkspace(_live.Path, TimeSpan.Zero);
        var queries = new QueryService(workspace);
        Assert.Equal(Errors.ErrorKind.NoStore, queries.Info().Error?.Kind);

        Ingest(_live.Path, FirstQuarter);

        Assert.Equal(CaseCount(_live.Path), queries.Info().Value!.Cases);
    }

    [Fact]
    public void A_damaged_newer_store_leaves_the_current_generation_in_service()
    {
        Ingest(_live.Path, FirstQuarter);
        using var workspace = new CausaWorkspace(_live.Path, TimeSpan.Zero);
        var queries = new QueryService(workspace);
        var before = Json(queries.Info());
        var path = CaseStore.PathIn(_live.Path);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path + ".new", bytes);
        File.Move(path + ".new", path, overwrite: true);

        Assert.Equal(before, Json(queries.Info()));
    }

    private static void Ingest(string folder, string quarter)
    {
        var (sources, error) = FaersIngestor.Discover([quarter]);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FileCaseSink(folder), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
    }

    private static Dictionary<string, string> Answers(string folder, (string Name, Func<QueryService, string> Ask)[] questions)
    {
        using var workspace = new CausaWorkspace(folder);
        var queries = new QueryService(workspace);
        return questions.ToDictionary(q => q.Name, q => q.Ask(queries));
    }

    private static int CaseCount(string folder)
    {
        using var store = CaseStore.Open(folder).Store!;
        return store.CaseCount;
    }

    private static string Summary(string folder)
    {
        using var store = CaseStore.Open(folder).Store!;
        return Serialize(new SignalQueries(store).Summary());
    }

    private static string Json<T>(Errors.Result<T> result) =>
        result.TryGetValue(out var value, out var error) ? CausaJson.Serialize(value) : "error: " + error.Message;

    private static string Serialize<T>(T value) => CausaJson.Serialize(value);
}
