using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Core.Tests.Vocabulary;

public sealed class VocabularyFormatTests
{
    private static ImportedVocabulary Small()
    {
        var builder = new VocabularyBuilder();
        builder.AddProduct("REMERON", "MIRTAZAPINE", VocabularySource.DrugsAtFda);
        builder.AddProduct("Bactrim", "SULFAMETHOXAZOLE; TRIMETHOPRIM", VocabularySource.DrugsAtFda);
        builder.AddClassMember("Serotonin Reuptake Inhibitor", "EPC", "sertraline hydrochloride");
        builder.AddEventSynonym("Backache", "Back pain", VocabularySource.Sider);
        builder.AddSourceInfo(new VocabularySourceInfo(VocabularySource.DrugsAtFda, "Products.txt", 2, 0));
        return builder.Build();
    }

    private static byte[] Bytes(ImportedVocabulary v)
    {
        using var stream = new MemoryStream();
        v.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Save_then_load_gives_back_the_same_vocabulary()
    {
        var original = Small();
        var loaded = ImportedVocabulary.Load(new MemoryStream(Bytes(original)));

        Assert.Equal(original.Ingredients, loaded.Ingredients);
        Assert.Equal(original.Brands.Select(b => (b.Name, string.Join("+", b.Ingredients), b.Source, b.IsSynonym)), loaded.Brands.Select(b => (b.Name, string.Join("+", b.Ingredients), b.Source, b.IsSynonym)));
        Assert.Equal(original.Classes.Select(c => (c.Name, c.Type, string.Join("+", c.Ingredients))), loaded.Classes.Select(c => (c.Name, c.Type, string.Join("+", c.Ingredients))));
        Assert.Equal(original.EventSynonyms, loaded.EventSynonyms);
        Assert.Equal(original.Sources, loaded.Sources);
        Assert.Equal(["MIRTAZAPINE"], new DrugResolver(loaded).Resolve("Remeron 15 mg", null).Ingredients);
    }

    [Fact]
    public void Every_truncation_gives_a_specific_error()
    {
        var bytes = Bytes(Small());
        for (var length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<InvalidVocabularyDataException>(() => ImportedVocabulary.Load(new MemoryStream(bytes, 0, length)));
            Assert.Matches(length < 8 ? "Not a Causa vocabulary" : "truncated", e.Message);
        }
    }

    [Fact]
    public void A_flipped_byte_in_the_payload_fails_the_checksum()
    {
        var bytes = Bytes(Small());
        var payloadLength = BitConverter.ToInt64(bytes.AsSpan(bytes.Length - 16, 8)); // the one directory entry's length
        for (var offset = 64; offset < 64 + payloadLength; offset += 7)
        {
            var copy = (byte[])bytes.Clone();
            copy[offset] ^= 0x20;
            var e = Assert.Throws<InvalidVocabularyDataException>(() => ImportedVocabulary.Load(new MemoryStream(copy)));
            Assert.Contains("checksum mismatch", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_flipped_byte_anywhere_gives_an_error()
    {
        var bytes = Bytes(Small());
        for (var offset = 0; offset < bytes.Length; offset++)
        {
            var copy = (byte[])bytes.Clone();
            copy[offset] ^= 0x20;
            Assert.Throws<InvalidVocabularyDataException>(() => ImportedVocabulary.Load(new MemoryStream(copy)));
        }
    }

    [Fact]
    public void A_version_1_file_is_refused_with_a_re_import_message()
    {
        // Version 1: "CAUSAVOC", uint16 1, int64 payload length, SHA-256, payload.
        byte[] old = [.. "CAUSAVOC"u8, 1, 0, 4, 0, 0, 0, 0, 0, 0, 0, .. new byte[32], 0, 0, 0, 0];
        var e = Assert.Throws<InvalidVocabularyDataException>(() => ImportedVocabulary.Load(new MemoryStream(old)));
        Assert.Contains("version 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("re-import", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_version_and_foreign_files_are_named_as_such()
    {
        var bytes = Bytes(Small());
        bytes[8] = 99;
        Assert.Contains("Unsupported vocabulary format version 99", Assert.Throws<InvalidVocabularyDataException>(() => ImportedVocabulary.Load(new MemoryStream(bytes))).Message, StringComparison.Ordinal);
        Assert.Contains("Not a Causa vocabulary", Assert.Throws<InvalidVocabularyDataException>(() => ImportedVocabulary.Load(new MemoryStream("PK\u0003\u0004 not a vocabulary at all"u8.ToArray()))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_round_trip_and_missing_file_means_empty()
    {
        var dir = Path.Combine(Path.GetTempPath(), "causa-vocab-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.True(VocabularyFile.TryLoad(dir, out var none, out var noError));
            Assert.Same(ImportedVocabulary.Empty, none);
            Assert.Null(noError);

            VocabularyFile.Save(dir, Small());
            Assert.True(VocabularyFile.TryLoad(dir, out var loaded, out _));
            Assert.Equal(Small().Ingredients, loaded.Ingredients);

            File.WriteAllBytes(Path.Combine(dir, VocabularyFile.FileName), [1, 2, 3]);
            Assert.False(VocabularyFile.TryLoad(dir, out _, out var error));
            Assert.Contains(VocabularyFile.FileName, error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
