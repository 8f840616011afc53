using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Hardening;

/// <summary>
/// Builds zips of the real 2025Q4 sample (optionally with some tables replaced) and patches their headers byte by
/// byte, the way a damaged download or a crafted file would look.
/// </summary>
internal static class CraftedZip
{
    public const string SampleFolder = "nico8270_2025q4_sample1000";

    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndRecordSignature = 0x06054b50;

    /// <summary>The sample's table files by name (<c>DRUG25Q4.txt</c>...), as bytes.</summary>
    public static Dictionary<string, byte[]> SampleTables()
        => Directory.GetFiles(TestData.PathOf("faers", SampleFolder))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Writes <paramref name="tables"/> as a zip at <paramref name="path"/>, every entry with <paramref name="level"/> (NoCompression stores).</summary>
    public static string Write(string path, IReadOnlyDictionary<string, byte[]> tables, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in tables.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            using var stream = archive.CreateEntry(name, level).Open();
            stream.Write(bytes);
        }

        return path;
    }

    /// <summary>
    /// Lets <paramref name="patch"/> change the local header (30 fixed bytes) and the central directory header
    /// (46 fixed bytes) of <paramref name="entryName"/> in place.
    /// </summary>
    public static void PatchHeaders(string path, string entryName, Action<Span<byte>, Span<byte>> patch)
    {
        var bytes = File.ReadAllBytes(path);
        var end = bytes.AsSpan().LastIndexOf(BitConverter.GetBytes(EndRecordSignature));
        Assert.True(end >= 0, "no end record");
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(CentralHeaderSignature, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 32));
            if (bytes.AsSpan(at + 46, nameLength).SequenceEqual(name))
            {
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 42));
                patch(bytes.AsSpan(local, 30), bytes.AsSpan(at, 46));
                File.WriteAllBytes(path, bytes);
                return;
            }

            at += 46 + nameLength + extraLength + commentLength;
        }

        Assert.Fail($"entry {entryName} not found");
    }

    /// <summary>Sets the declared uncompressed size of <paramref name="entryName"/> in both headers.</summary>
    public static void SetDeclaredLength(string path, string entryName, uint length)
        => PatchHeaders(path, entryName, (local, central) =>
        {
            BinaryPrimitives.WriteUInt32LittleEndian(local[22..], length);
            BinaryPrimitives.WriteUInt32LittleEndian(central[24..], length);
        });

    /// <summary>The declared uncompressed size of <paramref name="entryName"/>.</summary>
    public static long DeclaredLength(string path, string entryName)
    {
        using var archive = ZipFile.OpenRead(path);
        return archive.GetEntry(entryName)!.Length;
    }
}
