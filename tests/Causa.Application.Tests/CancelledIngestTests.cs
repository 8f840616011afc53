using Causa.Application.Ingest;
using Causa.Faers.Ingest;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>Ctrl+C once every quarter is read (the merge and write phase) cancels the ingest: the store stays as it was.</summary>
public sealed class CancelledIngestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed class CancelOn(IngestStage stage, CancellationTokenSource source) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            if (value.Stage == stage)
            {
                source.Cancel();
            }
        }
    }

    private static IngestRequest Request(string store, string sample)
    {
        var sources = IngestService.Discover([TestData.PathOf("faers", sample)]);
        Assert.True(sources.Succeeded, sources.Error?.Message);
        return new IngestRequest(store, sources.Value);
    }

    [Fact]
    public void Cancelling_when_the_merge_starts_leaves_the_old_store_and_no_temporary_file()
    {
        var service = new IngestService();
        Assert.True(service.Ingest(Request(_folder.Path, "ubesp_2012q4_tiny")).Succeeded);
        var store = Path.Combine(_folder.Path, "cases.causa");
        var before = File.ReadAllBytes(store);
        using var interrupt = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            service.Ingest(Request(_folder.Path, "nico8270_2025q4_sample1000"), new CancelOn(IngestStage.Merging, interrupt), interrupt.Token));

        Assert.Equal(before, File.ReadAllBytes(store));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
        Assert.True(service.Ingest(Request(_folder.Path, "nico8270_2025q4_sample1000")).Succeeded); // nothing left locked
    }
}
