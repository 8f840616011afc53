using Causa.Core;
using Causa.Core.Sources;

namespace Causa.Core.Tests.Sources;

public sealed class EvidenceSourceFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "causa-srcfile-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static ImportedSource Small()
    {
        var info = new SourceInfo("Tiny", EvidenceSourceKind.Counts, ["tiny.csv"], "FAERS 2021Q1–2023Q4", EvidenceUnit.DrugEventPairs, "CC0", "test", 3, 2, 0, 1,
            [new SourceRejection("tiny.csv", 3, "bad row")], ["note"], new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var counts = new CountTable(1_000, complete: true, [new CountDrug("Alpha", "ALPHA", 100)], new Dictionary<string, long> { ["Nausea"] = 40 }, [new CountPair("Alpha", "ALPHA", "Nausea", 7)]);
        var labels = new[] { new LabelEntry("ALPHA", "Nausea", [12.5], [2.0, 3.0], ["common"], 0.5, 4, Boxed: true) };
        var indications = new[] { new IndicationEntry("ALPHA", null, "Something odd", IndicationCategory.OffLabel, 2) };
        return new ImportedSource(info, labels, indications, counts);
    }

    [Fact]
    public void Sources_round_trip_through_the_file()
    {
        EvidenceSourceFile.Save(_dir, [Small(), RealSources.PharmacotherapyDb]);
        Assert.True(EvidenceSourceFile.TryLoad(_dir, out var loaded, out var error, out _), error);
        Assert.Equal(2, loaded.Count);
        var tiny = loaded[0];
        Assert.Equal(Small().Info with { Files = tiny.Info.Files, Rejections = tiny.Info.Rejections, Notes = tiny.Info.Notes }, tiny.Info);
        Assert.Equal("bad row", Assert.Single(tiny.Info.Rejections).Reason);
        Assert.Equal(7, tiny.Counts!.CountOf("Alpha", "NAUSEA"));
        Assert.Equal(40, tiny.Counts.TermTotal("nausea"));
        var label = Assert.Single(tiny.Labels);
        Assert.Equal([2.0, 3.0], label.PlaceboPercents);
        Assert.True(label.Boxed);
        Assert.Null(Assert.Single(tiny.Indications).Term);
        Assert.Equal(RealSources.PharmacotherapyDb.Indications, loaded[1].Indications);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void A_missing_file_means_no_sources()
    {
        Assert.True(EvidenceSourceFile.TryLoad(_dir, out var loaded, out var error, out _));
        Assert.Empty(loaded);
        Assert.Null(error);
    }

    [Fact]
    public void Every_truncation_gives_a_specific_error()
    {
        var bytes = EvidenceSourceFile.Encode([Small()]);
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(EvidenceSourceFile.TryDecode(bytes.AsSpan(0, length), out var sources, out var error, out _), $"length {length}");
            Assert.Empty(sources);
            Assert.False(string.IsNullOrEmpty(error));
        }
    }

    [Fact]
    public void Every_flipped_byte_gives_an_error()
    {
        var bytes = EvidenceSourceFile.Encode([Small()]);
        for (var offset = 0; offset < bytes.Length; offset++)
        {
            var copy = (byte[])bytes.Clone();
            copy[offset] ^= 0x5A;
            Assert.False(EvidenceSourceFile.TryDecode(copy, out _, out var error, out _), $"offset {offset}");
            Assert.NotNull(error);
        }
    }

    [Fact]
    public void A_payload_flip_is_reported_as_a_checksum_mismatch()
    {
        var bytes = EvidenceSourceFile.Encode([Small()]);
        bytes[^1] ^= 1;
        Assert.False(EvidenceSourceFile.TryDecode(bytes, out _, out var error, out _));
        Assert.Contains("checksum", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_version_and_a_foreign_file_are_named_as_such()
    {
        var bytes = EvidenceSourceFile.Encode([Small()]);
        bytes[8] = 4;
        Assert.False(EvidenceSourceFile.TryDecode(bytes, out _, out var version, out _));
        Assert.Contains("format version 4", version, StringComparison.Ordinal);
        Assert.False(EvidenceSourceFile.TryDecode("PK\u0003\u0004 not ours"u8, out _, out var foreign, out _));
        Assert.Contains("magic", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_file_is_refused_with_a_re_add_message()
    {
        // Version 1: "CAUSASRC", uint16 1, int64 payload length, SHA-256, payload.
        byte[] old = [.. "CAUSASRC"u8, 1, 0, 4, 0, 0, 0, 0, 0, 0, 0, .. new byte[32], 0, 0, 0, 0];
        Assert.False(EvidenceSourceFile.TryDecode(old, out var sources, out var error, out var remedy));
        Assert.Empty(sources);
        Assert.Contains("format version 1", error, StringComparison.Ordinal);
        Assert.Equal(Remedy.ReaddSources, remedy);
        Assert.DoesNotContain("causa", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_file_on_disk_fails_with_its_path()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllBytes(Path.Combine(_dir, EvidenceSourceFile.FileName), [1, 2, 3]);
        Assert.False(EvidenceSourceFile.TryLoad(_dir, out _, out var error, out _));
        Assert.StartsWith(Path.Combine(_dir, EvidenceSourceFile.FileName), error, StringComparison.Ordinal);
    }
}
