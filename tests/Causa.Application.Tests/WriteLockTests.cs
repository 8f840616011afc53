using Causa.Application.Errors;
using Causa.Application.Sources;
using Causa.Core;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>Writing use cases take the store folder's writer lock, so concurrent writers never lose an update.</summary>
public sealed class WriteLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_source_imports_at_once_both_land()
    {
        // Given: two different sources, imported by two writers that start together.
        string[] paths =
        [
            TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv"),
            TestData.PathOf("indications", "pharmacotherapydb", "indications.tsv"),
        ];
        using var start = new Barrier(paths.Length);
        var results = new Result<SourceAddResponse>?[paths.Length];
        var writers = paths.Select((path, i) => new Thread(() =>
        {
            var service = new SourceService(_folder.Path, TimeProvider.System, new WriteLockOptions($"writer {i}", TimeSpan.FromMinutes(5)));
            start.SignalAndWait();
            results[i] = service.Add(new SourceAddRequest([path], null));
        })).ToArray();

        // When: both run.
        foreach (var writer in writers)
        {
            writer.Start();
        }

        foreach (var writer in writers)
        {
            writer.Join();
        }

        // Then: both succeed and the folder lists both (before the lock, the later rename dropped the earlier import).
        Assert.All(results, r => Assert.True(r!.Succeeded, r.Error?.Message));
        var listed = new SourceService(_folder.Path, TimeProvider.System).List().Value!.Select(static s => s.Info.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["DrugCentral indications", "PharmacotherapyDB"], listed);
    }

    [Fact]
    public void A_writer_finding_the_folder_held_past_its_wait_gets_a_locked_error_and_changes_nothing()
    {
        Assert.True(StoreWriteLock.TryAcquire(_folder.Path, "causa ingest", TimeSpan.Zero, out var holder, out _));
        using (holder)
        {
            var service = new SourceService(_folder.Path, TimeProvider.System, new WriteLockOptions("causa source add", TimeSpan.FromMilliseconds(200)));

            var result = service.Add(new SourceAddRequest([TestData.PathOf("indications", "pharmacotherapydb", "indications.tsv")], null));

            Assert.Equal(ErrorKind.Locked, result.Error?.Kind);
            Assert.Equal(Remedy.WaitForWriter, result.Error!.Remedy);
            Assert.Contains("(causa ingest)", result.Error.Message, StringComparison.Ordinal);
            Assert.Equal(409, ErrorHttpStatus.For(result.Error.Kind));
        }

        Assert.Empty(new SourceService(_folder.Path, TimeProvider.System).List().Value!);
    }
}
