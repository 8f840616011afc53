using System.Buffers.Binary;
using Causa.Core.Files;
using Causa.Core.Storage;

namespace Causa.Core.Tests.Files;

/// <summary>
/// A section file written with block checksums is verified, when opened for reading, a block at a time as a view reads it:
/// a damaged block fails every read of it and no read of another block, and the full verification finds it; a file
/// without them (as an earlier Causa wrote) is verified a whole section at a time. Files as Causa writes them now hold
/// 256-byte block checksums; files of minor version 1 (1 KiB blocks, written by earlier builds) are read the same way, so
/// the tests that damage blocks run on both.
/// </summary>
public sealed class BlockChecksumTests : IDisposable
{
    private const int Values = 3000; // 12,000 bytes of ints: 47 blocks of 256 bytes (12 of 1 KiB), the last one short
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "causa-blocks-" + Guid.NewGuid().ToString("N"));

    public BlockChecksumTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int[] Ints() => [.. Enumerable.Range(0, Values).Select(static i => (i * 7) + 1)];

    private static uint TableId(bool legacy) => legacy ? SectionFileLayout.BlockChecksumsId : SectionFileLayout.FineBlockChecksumsId;

    private string Write(bool blockChecksums, bool legacy = false)
    {
        var path = Path.Combine(_folder, "test.bin");
        SectionFileWriter.WriteAtomically(path, "CAUSATST"u8, 1, w =>
        {
            w.Array(1, new byte[] { 1, 2, 3 });
            w.Array(2, Ints());
            w.Array(3, new[] { 9.5, 10.5 });
        }, blockChecksums, legacy);
        return path;
    }

    private static MappedSectionFile Open(string path, bool verifySections) => MappedSectionFile.Open(path, "CAUSATST"u8, 1, "test", verifySections);

    // The byte range of a section, from the directory (header: count at 12, directory offset at 32; 32-byte entries).
    private static (int Offset, int Length) SectionOf(byte[] file, uint id)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        var directory = (int)BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(32));
        for (var i = 0; i < count; i++)
        {
            var entry = file.AsSpan(directory + (i * 32), 32);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) == id)
            {
                return ((int)BinaryPrimitives.ReadInt64LittleEndian(entry[8..]), (int)BinaryPrimitives.ReadInt64LittleEndian(entry[16..]));
            }
        }

        throw new InvalidOperationException($"no section {id}");
    }

    private static void Damage(string path, uint section, int byteInSection)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[SectionOf(bytes, section).Offset + byteInSection] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void A_file_with_block_checksums_has_minor_version_2_and_one_checksum_per_256_bytes_of_every_other_section()
    {
        var bytes = File.ReadAllBytes(Write(blockChecksums: true));

        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(10)));
        // 1 block of 3 bytes, 47 of the 12,000 bytes of ints (46 full, 1 of 12,000 − 46 × 256 = 224 bytes), 1 of 16 bytes.
        Assert.Equal(49 * sizeof(uint), SectionOf(bytes, SectionFileLayout.FineBlockChecksumsId).Length);
        Assert.Throws<InvalidOperationException>(() => SectionOf(bytes, SectionFileLayout.BlockChecksumsId));
        // The table lists section 1's block, then section 2's: section 2's last block is entry 47.
        var table = bytes.AsSpan(SectionOf(bytes, SectionFileLayout.FineBlockChecksumsId).Offset);
        var ints = SectionOf(bytes, 2);
        Assert.Equal(Crc32C(bytes.AsSpan(ints.Offset + (46 * 256), 224)), BinaryPrimitives.ReadUInt32LittleEndian(table[(47 * 4)..]));
        Assert.Equal(Crc32C(bytes.AsSpan(ints.Offset + (20 * 256), 256)), BinaryPrimitives.ReadUInt32LittleEndian(table[(21 * 4)..]));
    }

    [Fact]
    public void A_file_as_earlier_builds_wrote_it_has_minor_version_1_and_one_checksum_per_kibibyte()
    {
        var bytes = File.ReadAllBytes(Write(blockChecksums: true, legacy: true));

        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(10)));
        // 1 block of 3 bytes, 12 of the 12,000 bytes of ints (11 full, 1 of 736 bytes), 1 of 16 bytes.
        Assert.Equal(14 * sizeof(uint), SectionOf(bytes, SectionFileLayout.BlockChecksumsId).Length);
        Assert.Throws<InvalidOperationException>(() => SectionOf(bytes, SectionFileLayout.FineBlockChecksumsId));
        // The table lists section 1's block, then section 2's: section 2's last block is entry 12.
        var table = bytes.AsSpan(SectionOf(bytes, SectionFileLayout.BlockChecksumsId).Offset);
        var ints = SectionOf(bytes, 2);
        Assert.Equal(Crc32C(bytes.AsSpan(ints.Offset + (11 * 1024), 736)), BinaryPrimitives.ReadUInt32LittleEndian(table[(12 * 4)..]));
        using var file = Open(Write(blockChecksums: true, legacy: true), verifySections: false);
        Assert.Equal(Ints(), file.View<int>(2).Slice(0, Values).ToArray());

        var without = File.ReadAllBytes(Write(blockChecksums: false));
        Assert.Equal(SectionFileLayout.MinorVersion, BinaryPrimitives.ReadUInt16LittleEndian(without.AsSpan(10)));
        Assert.Throws<InvalidOperationException>(() => SectionOf(without, SectionFileLayout.BlockChecksumsId));
    }

    [Theory]
    [InlineData(false, 1343)] // value 1284 lies in the 256-byte block 20 (values 1280–1343)
    [InlineData(true, 1535)] // and in the 1 KiB block 5 (values 1280–1535)
    public void A_damaged_block_fails_every_read_of_it_and_no_read_of_another_block(bool legacy, int lastInBlock)
    {
        var path = Write(blockChecksums: true, legacy);
        Damage(path, 2, (5 * 1024) + 17);

        using var file = Open(path, verifySections: false);
        var ints = file.View<int>(2);
        Assert.Equal(Values, ints.Length);
        Assert.Equal(1, ints[0]);
        Assert.Equal(((Values - 1) * 7) + 1, ints[Values - 1]);
        Assert.Equal(Ints()[..1280], ints.Slice(0, 1280).ToArray());
        Assert.Equal(Ints()[(lastInBlock + 1)..], file.View<int>(2).Slice(lastInBlock + 1, Values).ToArray());

        var error = Assert.Throws<InvalidStoreException>(() => file.View<int>(2)[1284]);
        Assert.Equal(StoreErrorKind.Corrupt, error.Kind);
        Assert.Contains("section 2 checksum does not match", error.Message, StringComparison.Ordinal);
        // Never taken as verified: every later read fails too, by value, by slice, or whole.
        Assert.Throws<InvalidStoreException>(() => file.View<int>(2)[lastInBlock]);
        Assert.Throws<InvalidStoreException>(() => file.View<int>(2).Slice(1000, 1300).Length);
        Assert.Throws<InvalidStoreException>(() => file.Get<int>(2).Length);
        Assert.Equal([9.5, 10.5], file.View<double>(3).Slice(0, 2).ToArray());

        var full = Assert.Throws<InvalidStoreException>(() => Open(path, verifySections: true));
        Assert.Equal(StoreErrorKind.Corrupt, full.Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_damaged_block_checksum_table_fails_the_first_block_read_and_the_full_verification(bool legacy)
    {
        var path = Write(blockChecksums: true, legacy);
        Damage(path, TableId(legacy), 9 * sizeof(uint));

        using var file = Open(path, verifySections: false);
        Assert.Equal(2, file.Get<double>(3).Length); // read whole: its own section checksum holds
        var error = Assert.Throws<InvalidStoreException>(() => file.View<int>(2)[0]);
        Assert.Contains($"section {TableId(legacy)} checksum does not match", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidStoreException>(() => Open(path, verifySections: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_block_checksum_table_that_does_not_match_the_sections_is_refused_on_open(bool legacy)
    {
        var path = Write(blockChecksums: true, legacy);
        var bytes = File.ReadAllBytes(path);

        // One checksum fewer than there are blocks, the directory and header checksums made to match again: a table
        // that would check the wrong bytes, refused before any read.
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        var directory = (int)BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(32));
        for (var i = 0; i < count; i++)
        {
            var entry = bytes.AsSpan(directory + (i * 32), 32);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) == TableId(legacy))
            {
                BinaryPrimitives.WriteInt64LittleEndian(entry[16..], BinaryPrimitives.ReadInt64LittleEndian(entry[16..]) - sizeof(uint));
            }
        }

        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), Crc32C(bytes.AsSpan(directory, count * 32)));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), Crc32C(bytes.AsSpan(0, 28)));
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidStoreException>(() => Open(path, verifySections: false));
        Assert.Equal(StoreErrorKind.Corrupt, error.Kind);
        Assert.Contains("block checksums do not match its sections", error.Message, StringComparison.Ordinal);
    }

    private static uint Crc32C(ReadOnlySpan<byte> bytes) => System.IO.Hashing.Crc32.HashToUInt32(System.IO.Hashing.Crc32ParameterSet.Crc32C, bytes);

    [Fact]
    public void A_file_without_block_checksums_is_verified_a_whole_section_at_a_time()
    {
        var path = Write(blockChecksums: false);
        Damage(path, 2, (5 * 1024) + 17);

        using var file = Open(path, verifySections: false);
        // The view of a damaged section fails before any value is read, even one far from the damage.
        var error = Assert.Throws<InvalidStoreException>(() => file.View<int>(2)[0]);
        Assert.Contains("section 2 checksum does not match", error.Message, StringComparison.Ordinal);
        Assert.Equal([9.5, 10.5], file.View<double>(3).Slice(0, 2).ToArray());
    }

    [Theory]
    [InlineData(1001, 64)]
    [InlineData(1001, 100)]
    [InlineData(5000, 1000)]
    [InlineData(0, 4)]
    public void Columns_written_a_block_at_a_time_give_the_block_checksums_of_whole_sections(int length, int block)
    {
        var random = new Random(length);
        var doubles = Enumerable.Range(0, length).Select(_ => random.NextDouble()).ToArray();
        var whole = SectionFileWriter.ToBytes("CAUSATST"u8, 1, w =>
        {
            w.Array(1, new byte[] { 1, 2, 3 });
            w.Array(2, doubles);
            w.Array(3, doubles);
        }, blockChecksums: true);
        var blocks = SectionFileWriter.ToBytes("CAUSATST"u8, 1, w =>
        {
            w.Array(1, new byte[] { 1, 2, 3 });
            w.Columns<double>([2, 3], length, block, (start, count, target) =>
            {
                doubles.AsSpan(start, count).CopyTo(target[0]);
                doubles.AsSpan(start, count).CopyTo(target[1]);
            });
        }, blockChecksums: true);

        Assert.Equal(whole, blocks);
        using var file = MappedSectionFile.FromBytes(blocks, "test", "CAUSATST"u8, 1, "test");
        Assert.Equal(doubles, file.View<double>(3).Slice(0, length).ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_damaged_byte_is_found_by_the_full_verification_or_by_reading_every_value_unless_it_is_padding(bool legacy)
    {
        var path = Write(blockChecksums: true, legacy);
        var original = File.ReadAllBytes(path);
        var sections = new[] { SectionOf(original, 1), SectionOf(original, 2), SectionOf(original, 3), SectionOf(original, TableId(legacy)) };
        for (var offset = 0; offset < original.Length; offset += 7)
        {
            var damaged = (byte[])original.Clone();
            damaged[offset] ^= 0x5A;
            File.WriteAllBytes(path, damaged);
            var inSection = sections.Any(s => offset >= s.Offset && offset < s.Offset + s.Length);
            var fullFails = Fails(() => Open(path, verifySections: true).Dispose());
            var readFails = Fails(() =>
            {
                using var file = Open(path, verifySections: false);
                var ints = file.View<int>(2);
                for (var i = 0; i < ints.Length; i++)
                {
                    _ = ints[i];
                }

                _ = file.View<byte>(1)[2] + file.View<double>(3)[1];
            });

            Assert.True(fullFails, $"offset {offset}: the full verification missed the damage");
            Assert.True(readFails || (!inSection && offset >= 44), $"offset {offset}: damage read without an error");
        }
    }

    private static bool Fails(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (InvalidStoreException)
        {
            return true;
        }
    }
}
