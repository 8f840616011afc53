using Causa.Storage.Files;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Storage;

/// <summary>An interrupted store write (Ctrl+C) leaves the previous store byte for byte and no temporary file.</summary>
public sealed class CancelledWriteTests
{
    private static BatchBuilder Quarter(int quarter) => new BatchBuilder(2020, quarter)
        .Report(quarter, 1, 20200110 + (quarter * 300), ["DRUGA"], ["Nausea"])
        .Report(10 + quarter, 1, 20200111 + (quarter * 300), ["DRUGB"], ["Headache"]);

    private static string[] Temporaries(string folder) => Directory.GetFiles(folder, "*.tmp");

    [Fact]
    public void A_write_cancelled_once_the_temporary_file_exists_leaves_the_old_store_and_no_temporary()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(1).Build());
        var path = Path.Combine(dir.Path, "cases.causa");
        var before = File.ReadAllBytes(path);
        StoreData data;
        using (var store = Open(dir.Path))
        {
            data = store.ToData();
        }

        data.CaseIds = [.. data.CaseIds.Select(static id => id + 1000)]; // different content, so a finished write would show
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // The token is checked inside the write, after the temporary file was created.
        Assert.ThrowsAny<OperationCanceledException>(() => StoreFileWriter.WriteAtomically(path, data, cancelled.Token));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Empty(Temporaries(dir.Path));
    }

    [Fact]
    public void A_commit_cancelled_before_the_merge_leaves_the_old_store_and_releases_the_folder()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Quarter(1).Build());
        var before = File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var begun = StoreUpdateSession.Begin(dir.Path);
        Assert.True(begun.Succeeded);
        using (var session = begun.Session)
        {
            session.Add(Quarter(2).Build());
            Assert.ThrowsAny<OperationCanceledException>(() => session.Commit(UpperCaseResolver.Factory, cancelled.Token));
        }

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa")));
        Assert.Empty(Temporaries(dir.Path));
        IngestBatches(dir.Path, Quarter(2).Build()); // the folder is free again
    }
}
