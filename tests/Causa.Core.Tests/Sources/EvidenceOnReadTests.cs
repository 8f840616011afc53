using System.Buffers.Binary;
using Causa.Core.Evidence;
using Causa.Core.Files;
using Causa.Core.Sources;
using Causa.Core.Storage;

namespace Causa.Core.Tests.Sources;

/// <summary>
/// A folder's evidence-source file is mapped and verified a block at a time as it is read: loading it reads the source
/// descriptions and the index headers only, a damaged block is found when an entry in it is read (an error naming the
/// file, never a value), and a file written before block checksums is read as before and rewritten by the upgrade.
/// </summary>
public sealed class EvidenceOnReadTests : IDisposable
{
    private static readonly IReadOnlyList<ImportedSource> Raw = [RealSources.Sider, RealSources.PharmacotherapyDb];
    private readonly string _dir = Directory.CreateTempSubdirectory("causa-evidence-onread-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string FilePath => Path.Combine(_dir, EvidenceSourceFile.FileName);

    [Fact]
    public void The_current_version_is_written_with_block_checksums()
    {
        var bytes = EvidenceSourceFile.Encode(Raw);
        Assert.Equal(EvidenceSourceFile.FormatVersion, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(SectionFileLayout.FineBlockChecksumsMinorVersion, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(10)));
        using var file = MappedSectionFile.FromBytes(bytes, "x", "CAUSASRC"u8, EvidenceSourceFile.FormatVersion, "evidence-source");
        Assert.True(file.Count<uint>(SectionFileLayout.FineBlockChecksumsId) > 0);
    }

    [Fact]
    public void A_damaged_block_of_a_folder_file_is_found_when_an_entry_in_it_is_read()
    {
        var bytes = EvidenceSourceFile.Encode(Raw);
        var (offset, length) = PayloadRange(bytes);
        Assert.True(length > 64 * SectionFileLayout.BlockSize, "too small a payload to damage one block of it");
        bytes[offset + (length / 2)] ^= 0x5A;
        File.WriteAllBytes(FilePath, bytes);

        // Loading reads the descriptions (at the start of each source) and the indexes, not the damaged block.
        Assert.True(EvidenceSourceFile.TryLoad(_dir, out var sources, out var error, out _), error);
        Assert.Equal(Raw.Select(static s => s.Info.Name), sources.Select(static s => s.Info.Name));
        Assert.Equal(Key(Raw[0].Labels[0]), Key(sources[0].Labels[0]));

        // Reading every entry reaches the damaged block: an error naming the file, in the words of its load error.
        var damaged = Assert.Throws<InvalidStoreException>(() =>
        {
            foreach (var source in sources)
            {
                _ = source.Labels.Select(Key).ToList();
                _ = source.Indications.ToList();
            }
        });
        Assert.Equal(EvidenceSourceFile.FileName, damaged.FileName);
        Assert.StartsWith("checksum mismatch: the file is corrupted", damaged.Message, StringComparison.Ordinal);

        // Decoding the whole file, as `causa verify` and the upgrade do, refuses it at once.
        Assert.False(EvidenceSourceFile.TryDecode(bytes, out _, out var whole, out _));
        Assert.Contains("checksum", whole, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_3_file_without_block_checksums_is_read_and_rewritten_with_them_once()
    {
        var current = EvidenceSourceFile.Encode(Raw);
        var old = OldEvidenceFiles.WithoutBlockChecksums(current);
        Assert.Equal(SectionFileLayout.MinorVersion, BinaryPrimitives.ReadUInt16LittleEndian(old.AsSpan(10)));
        File.WriteAllBytes(FilePath, old);

        Assert.True(EvidenceSourceFile.TryLoad(_dir, out var sources, out var error, out _), error);
        var fromOld = new EvidenceSources(sources);
        var reference = new EvidenceSources(Raw);
        Assert.Equal(reference.Terms(), fromOld.Terms());
        Assert.Equal(reference.IngredientsIndicatedFor("Depression"), fromOld.IngredientsIndicatedFor("Depression"));
        Assert.Equal(Raw[0].Labels.Select(Key), sources[0].Labels.Select(Key));

        Assert.True(EvidenceSourceFile.UpgradeIfOlder(_dir));
        Assert.Equal(current, File.ReadAllBytes(FilePath));
        Assert.False(EvidenceSourceFile.UpgradeIfOlder(_dir));
    }

    private static (int Offset, int Length) PayloadRange(byte[] file)
    {
        using var opened = MappedSectionFile.FromBytes(file, "x", "CAUSASRC"u8, EvidenceSourceFile.FormatVersion, "evidence-source");
        var (offset, length) = opened.Range(EvidenceIndexLayout.Payload);
        return ((int)offset, (int)length);
    }

    private static string Key(LabelEntry e) =>
        $"{e.Ingredient}|{e.Term}|{string.Join(',', e.DrugPercents)}|{string.Join(',', e.PlaceboPercents)}|{string.Join(',', e.Descriptions)}|{e.LabelShare}|{e.Labels}|{e.Boxed}";
}
