using Causa.Core.Files;
using Causa.Core.Storage;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Storage;

/// <summary>A store of an older format version is refused with a remedy (ingest again), never misread, and never replaced.</summary>
public sealed class StoreFormatVersionTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void A_store_of_the_previous_format_asks_to_ingest_again_and_is_left_untouched()
    {
        // A well-formed store file of format version 1 (what earlier versions wrote), not damaged in any byte.
        var path = Path.Combine(_root.Path, "cases.causa");
        SectionFileWriter.WriteAtomically(path, "CAUSASTO"u8, 1, w => w.Array(1u, new long[] { 42 }));
        var before = File.ReadAllBytes(path);

        var opened = CaseStore.Open(_root.Path);
        Assert.False(opened.Succeeded);
        Assert.Equal(StoreErrorKind.UnsupportedVersion, opened.Error.Kind);
        Assert.Equal(Remedy.ReingestStore, opened.Error.Remedy);
        Assert.Contains("format version 1", opened.Error.Message, StringComparison.Ordinal);
        // What to do is the remedy's to say (each front end words it); the message says what is wrong, ending as a sentence.
        Assert.EndsWith("is not read as version 2.", opened.Error.Message, StringComparison.Ordinal);

        var begun = StoreUpdateSession.Begin(_root.Path);
        Assert.False(begun.Succeeded);
        Assert.Equal(Remedy.ReingestStore, begun.Error.Remedy);
        Assert.DoesNotContain("damaged", begun.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
