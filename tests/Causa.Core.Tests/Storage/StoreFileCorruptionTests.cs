using Causa.Core.Storage;
using Causa.Storage.Files;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Storage;

public sealed class StoreFileCorruptionTests
{
    private static string MakeStore(TempFolder dir)
    {
        IngestBatches(dir.Path, new BatchBuilder(2020, 1)
            .Report(1, 1, 20200110, ["DRUGA"], ["Nausea", "Headache"])
            .Report(2, 1, 20200111, ["DRUGB"], ["Nausea"])
            .Build());
        return Path.Combine(dir.Path, "cases.causa");
    }

    [Fact]
    public void Missing_store_is_reported_as_not_found()
    {
        using var dir = new TempFolder();
        var result = CaseStore.Open(dir.Path);
        Assert.False(result.Succeeded);
        Assert.Equal(StoreErrorKind.NotFound, result.Error.Kind);
    }

    [Fact]
    public void Truncated_store_gives_a_specific_error_at_every_cut()
    {
        using var dir = new TempFolder();
        var path = MakeStore(dir);
        var bytes = File.ReadAllBytes(path);
        var cuts = new[] { 0, 4, 8, 63, 64, 200, bytes.Length / 2, bytes.Length - 1 };
        foreach (var cut in cuts)
        {
            File.WriteAllBytes(path, bytes[..cut]);
            var result = CaseStore.Open(dir.Path);
            Assert.False(result.Succeeded, $"cut at {cut}");
            Assert.True(result.Error.Kind is StoreErrorKind.Truncated or StoreErrorKind.NotAStore, $"cut at {cut}: {result.Error}");
            Assert.Contains("cases.causa", result.Error.Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Flipped_bytes_are_detected_as_corruption_anywhere_in_the_file()
    {
        using var dir = new TempFolder();
        var path = MakeStore(dir);
        var original = File.ReadAllBytes(path);
        var step = Math.Max(1, original.Length / 97);
        for (var offset = 8; offset < original.Length; offset += step)
        {
            var damaged = (byte[])original.Clone();
            damaged[offset] ^= 0x5A;
            File.WriteAllBytes(path, damaged);
            var result = CaseStore.Open(dir.Path);
            if (result.Succeeded)
            {
                // Only padding bytes between sections are outside every checksum; they carry no data.
                result.Store.Dispose();
                continue;
            }

            Assert.True(result.Error.Kind is StoreErrorKind.Corrupt or StoreErrorKind.Truncated or StoreErrorKind.UnsupportedVersion, $"offset {offset}: {result.Error}");
        }
    }

    [Fact]
    public void Foreign_file_is_not_a_store()
    {
        using var dir = new TempFolder();
        File.WriteAllText(Path.Combine(dir.Path, "cases.causa"), "primaryid$caseid\n1$2\n");
        var result = CaseStore.Open(dir.Path);
        Assert.Equal(StoreErrorKind.NotAStore, result.Error!.Kind);
    }

    [Fact]
    public void Damaged_store_is_not_overwritten_by_a_new_ingest()
    {
        using var dir = new TempFolder();
        var path = MakeStore(dir);
        var bytes = File.ReadAllBytes(path);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        var begun = StoreUpdateSession.Begin(dir.Path);
        Assert.False(begun.Succeeded);
        Assert.Equal(StoreErrorKind.Corrupt, begun.Error.Kind);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Abandoned_session_leaves_the_store_untouched()
    {
        using var dir = new TempFolder();
        var path = MakeStore(dir);
        var before = File.ReadAllBytes(path);
        var begun = StoreUpdateSession.Begin(dir.Path);
        using (var session = begun.Session!)
        {
            session.Add(new BatchBuilder(2020, 2).Report(9, 1, 20200401, ["DRUGZ"], ["Rash"]).Build());
            // No commit: as when a later quarter of the same ingest fails to read.
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [Fact]
    public void A_second_writer_is_refused_while_the_first_holds_the_lock()
    {
        using var dir = new TempFolder();
        var first = StoreUpdateSession.Begin(dir.Path);
        using var session = first.Session!;
        var second = StoreUpdateSession.Begin(dir.Path);
        Assert.False(second.Succeeded);
        Assert.Equal(StoreErrorKind.Locked, second.Error.Kind);
    }
}
