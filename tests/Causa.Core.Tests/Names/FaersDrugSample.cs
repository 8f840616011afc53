using System.IO.Compression;
using System.Text;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Names;

/// <summary>A minimal reader of the drugname/prod_ai/role columns of the real FAERS DRUG samples, for name tests only.</summary>
internal static class FaersDrugSample
{
    public sealed record Row(string Role, string DrugName, string? ProdAi);

    public static IReadOnlyList<Row> Read2020Q3() => ReadFile(TestData.PathOf("faers", "ubesp_2020q3_first10k", "DRUG20Q3-10000.txt"));

    public static IReadOnlyList<Row> Read2025Q4() => ReadFile(TestData.PathOf("faers", "nico8270_2025q4_sample1000", "DRUG25Q4.txt"));

    public static IReadOnlyList<Row> Read2012Q4() => ReadFile(TestData.PathOf("faers", "ubesp_2012q4_tiny", "drug12q4.txt"));

    public static IReadOnlyList<Row> ReadZip(string zipName)
    {
        using var zip = ZipFile.OpenRead(TestData.PathOf("faers", zipName));
        var entry = zip.Entries.First(e => e.Name.StartsWith("DRUG", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        using var reader = new StreamReader(entry.Open(), Encoding.Latin1);
        return Parse(reader);
    }

    /// <summary>Every suspect-role DRUG row of the FAERS-format samples (folders and zips).</summary>
    public static IReadOnlyList<Row> AllSuspectRows()
    {
        var rows = new List<Row>();
        rows.AddRange(Read2020Q3());
        rows.AddRange(Read2025Q4());
        rows.AddRange(Read2012Q4());
        rows.AddRange(ReadZip("faers_ascii_2022Q4_sample.zip"));
        rows.AddRange(ReadZip("faers_ascii_2017q2_sample.zip"));
        rows.AddRange(ReadZip("aers_ascii_2004q1_sample.zip"));
        return [.. rows.Where(r => r.Role is "PS" or "SS")];
    }

    private static List<Row> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.Latin1);
        return Parse(reader);
    }

    private static List<Row> Parse(StreamReader reader)
    {
        var header = reader.ReadLine()!.TrimStart('\uFEFF', 'ï', '»', '¿').Split('$');
        int Index(string name) => Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        var role = Index("role_cod");
        var name = Index("drugname");
        var prodAi = Index("prod_ai");
        var rows = new List<Row>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('$');
            if (f.Length <= Math.Max(role, name))
            {
                continue;
            }

            var ai = prodAi >= 0 && prodAi < f.Length && !string.IsNullOrWhiteSpace(f[prodAi]) ? f[prodAi].Trim() : null;
            rows.Add(new Row(f[role].Trim(), f[name].Trim(), ai));
        }

        return rows;
    }
}
