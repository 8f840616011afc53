using Causa.Core.Ingest;
using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Core.Tests.Storage;

internal static class StoreTestHelper
{
    public static StoreCommitSummary IngestBatches(string directory, params QuarterBatch[] batches)
    {
        var begun = StoreUpdateSession.Begin(directory);
        Assert.True(begun.Succeeded, begun.Error?.ToString());
        using var session = begun.Session;
        foreach (var batch in batches)
        {
            session.Add(batch);
        }

        return session.Commit(UpperCaseResolver.Factory);
    }

    public static CaseStore Open(string directory)
    {
        var opened = CaseStore.Open(directory);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        return opened.Store;
    }
}
