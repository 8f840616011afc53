using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Causa.Faers.Reading;
using Causa.Faers.Tests.Reading;

namespace Causa.Faers.Tests.Hardening;

/// <summary>
/// Every zip entry is held to the size and CRC-32 its directory declares, and each kind of damage gets its own error
/// naming the entry. Zips are built from the real 2025Q4 sample at test time, then damaged byte by byte.
/// </summary>
public sealed class ZipIntegrityTests
{
    private static FaersReadResult Read(string zip) => new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(zip)));

    [Fact]
    public void The_undamaged_crafted_zip_reads_so_the_damage_below_is_what_fails()
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables(), CompressionLevel.NoCompression);

        var result = Read(zip);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Contains(result.Batch.Drugs, d => d.DrugName == "SANDOSTATIN LAR DEPOT");
    }

    [Fact]
    public void A_byte_damaged_inside_a_stored_entry_fails_its_CRC_and_names_the_entry()
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables(), CompressionLevel.NoCompression);
        var bytes = File.ReadAllBytes(zip);
        var at = bytes.AsSpan().IndexOf("SANDOSTATIN LAR DEPOT"u8);
        Assert.True(at > 0);
        bytes[at + 1] = (byte)'C';
        File.WriteAllBytes(zip, bytes);

        var result = Read(zip);

        Assert.False(result.Succeeded, "a damaged drug name was read as data");
        Assert.Equal(FaersReadErrorKind.CorruptArchive, result.Error.Kind);
        Assert.Equal(zip + "!DRUG25Q4.txt", result.Error.File);
        Assert.Contains("CRC-32", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_CRC_field_over_intact_data_is_a_corrupt_archive()
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables());
        CraftedZip.PatchHeaders(zip, "REAC25Q4.txt", (local, central) =>
        {
            local[14] ^= 0x5A;
            central[16] ^= 0x5A;
        });

        var result = Read(zip);

        Assert.Equal(FaersReadErrorKind.CorruptArchive, result.Error!.Kind);
        Assert.Equal(zip + "!REAC25Q4.txt", result.Error.File);
        Assert.Contains("CRC-32", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(-1000)]
    [InlineData(1)]
    public void A_declared_size_patched_down_or_up_is_a_corrupt_archive_not_a_shorter_table(int change)
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables());
        var declared = CraftedZip.DeclaredLength(zip, "DEMO25Q4.txt");
        var patched = change == 1000 ? 1000 : declared + (change < 0 ? 1000 : 1);
        CraftedZip.SetDeclaredLength(zip, "DEMO25Q4.txt", (uint)patched);

        var result = Read(zip);

        Assert.False(result.Succeeded, $"declared size {patched:N0} instead of {declared:N0} was accepted");
        Assert.Equal(FaersReadErrorKind.CorruptArchive, result.Error.Kind);
        Assert.Equal(zip + "!DEMO25Q4.txt", result.Error.File);
    }

    [Fact]
    public void A_corrupted_deflate_stream_says_the_data_does_not_inflate_not_that_the_method_is_unsupported()
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables());
        var bytes = File.ReadAllBytes(zip);
        var name = Encoding.ASCII.GetBytes("DRUG25Q4.txt");
        var local = bytes.AsSpan().IndexOf(name);
        for (var i = local + name.Length + 2000; i < local + name.Length + 2400; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        File.WriteAllBytes(zip, bytes);

        var result = Read(zip);

        Assert.Equal(FaersReadErrorKind.CorruptArchive, result.Error!.Kind);
        Assert.Equal(zip + "!DRUG25Q4.txt", result.Error.File);
        Assert.Contains("does not inflate", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unsupported", result.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_encrypted_entry_says_encrypted()
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables());
        CraftedZip.PatchHeaders(zip, "REAC25Q4.txt", (local, central) =>
        {
            local[6] |= 1;
            central[8] |= 1;
        });

        var result = Read(zip);

        Assert.Equal(FaersReadErrorKind.UnsupportedArchive, result.Error!.Kind);
        Assert.Equal(zip + "!REAC25Q4.txt", result.Error.File);
        Assert.Contains("encrypted", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_compressed_with_an_unsupported_method_names_the_method()
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables());
        CraftedZip.PatchHeaders(zip, "REAC25Q4.txt", (local, central) =>
        {
            BinaryPrimitives.WriteUInt16LittleEndian(local[8..], 14);
            BinaryPrimitives.WriteUInt16LittleEndian(central[10..], 14);
        });

        var result = Read(zip);

        Assert.Equal(FaersReadErrorKind.UnsupportedArchive, result.Error!.Kind);
        Assert.Equal(zip + "!REAC25Q4.txt", result.Error.File);
        Assert.Contains("method 14 (LZMA)", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("encrypted", result.Error.Message, StringComparison.Ordinal);
    }
}
