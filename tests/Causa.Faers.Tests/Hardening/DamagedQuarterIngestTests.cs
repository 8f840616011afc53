using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Causa.Faers.Ingest;
using Causa.Faers.Tests.Reading;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Hardening;

/// <summary>A quarter the reader refuses leaves an existing store byte for byte as it was.</summary>
public sealed class DamagedQuarterIngestTests
{
    private static string Digest(string store)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(store).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            text.Append(Path.GetFileName(file)).Append(' ').AppendLine(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
        }

        return text.ToString();
    }

    private static (bool Succeeded, string? Message) Ingest(string store, string path)
    {
        var (sources, error) = FaersIngestor.Discover([path]);
        if (error is not null)
        {
            return (false, error.ToString());
        }

        var result = new FaersIngestor().Ingest(new FileCaseSink(store), sources);
        return (result.Succeeded, result.ErrorMessage);
    }

    public static TheoryData<string> Damage() => ["crc", "size", "no-accepted-rows", "cut-header"];

    [Theory]
    [MemberData(nameof(Damage))]
    public void A_refused_quarter_leaves_the_store_unchanged(string damage)
    {
        using var temp = new TempFolder();
        var store = temp.File("store");
        Assert.True(Ingest(store, TestData.PathOf("faers", "ubesp_2020q3_first10k")).Succeeded);
        var before = Digest(store);
        var tables = CraftedZip.SampleTables();
        if (damage == "no-accepted-rows")
        {
            tables["REAC25Q4.txt"] = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(tables["REAC25Q4.txt"]).Replace("\r\n", "\r\nX", StringComparison.Ordinal));
        }
        else if (damage == "cut-header")
        {
            tables["DEMO25Q4.txt"] = tables["DEMO25Q4.txt"][..100];
        }

        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), tables, damage == "crc" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
        if (damage == "crc")
        {
            var bytes = File.ReadAllBytes(zip);
            bytes[bytes.AsSpan().IndexOf("SANDOSTATIN LAR DEPOT"u8) + 1] = (byte)'C';
            File.WriteAllBytes(zip, bytes);
        }
        else if (damage == "size")
        {
            CraftedZip.SetDeclaredLength(zip, "DEMO25Q4.txt", 1000);
        }

        var (succeeded, message) = Ingest(store, zip);

        Assert.False(succeeded, $"{damage}: the damaged quarter was ingested");
        Assert.Contains("faers_ascii_2025q4.zip", message, StringComparison.Ordinal);
        Assert.Equal(before, Digest(store));
    }
}
