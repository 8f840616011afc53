using System.Diagnostics;
using System.Globalization;
using Causa.Storage.Files;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Storage;

/// <summary>
/// An ingest spills each source's candidate cases to sorted runs (hidden temporaries in the store folder) and merges
/// them: the runs never outlive the session, whatever way it ends, and what a killed ingest left is cleaned up.
/// </summary>
public sealed class SpilledRunTests
{
    private static BatchBuilder Quarter(int quarter) => new BatchBuilder(2020, quarter)
        .Report(1, quarter, 20200110 + (quarter * 300), ["DRUGA"], ["Nausea"])
        .Report(10 + quarter, 1, 20200111 + (quarter * 300), ["DRUGB"], ["Headache"]);

    private static string[] Runs(string folder) => Directory.GetFiles(folder, ".ingest-run-*.tmp");

    [Fact]
    public void Each_quarter_is_held_as_a_run_in_the_store_folder_until_the_commit_deletes_it()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(1).Build());
        var begun = StoreUpdateSession.Begin(dir.Path);
        Assert.True(begun.Succeeded);
        using (var session = begun.Session)
        {
            // The existing store is staged only when the commit rewrites it (a segment leaves it as it is).
            Assert.Empty(Runs(dir.Path));
            session.Add(Quarter(2).Build());
            session.Add(Quarter(3).Build());
            Assert.Equal(2, Runs(dir.Path).Length);

            session.Commit(UpperCaseResolver.Factory);
            Assert.Empty(Runs(dir.Path));
        }

        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
        using var store = Open(dir.Path);
        Assert.Equal(4, store.CaseCount); // case 1 in three versions kept once, cases 11, 12, 13
    }

    [Fact]
    public void A_session_disposed_without_commit_deletes_its_runs_and_leaves_the_store()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(1).Build());
        var before = File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa"));
        var begun = StoreUpdateSession.Begin(dir.Path);
        Assert.True(begun.Succeeded);
        using (var session = begun.Session)
        {
            session.Add(Quarter(2).Build());
            Assert.NotEmpty(Runs(dir.Path));
        }

        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa")));
    }

    [Fact]
    public void Runs_left_by_a_killed_ingest_are_deleted_by_the_next_one_and_never_read()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(1).Build());
        var expected = File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa"));
        var stale = Path.Combine(dir.Path, $".ingest-run-0.{DeadProcessId().ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(stale, [1, 2, 3, 4, 5, 6, 7, 8, 9]); // not a run: reading it would fail

        IngestBatches(dir.Path, Quarter(1).Build()); // re-ingesting a quarter changes nothing

        Assert.False(File.Exists(stale));
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa")));
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
