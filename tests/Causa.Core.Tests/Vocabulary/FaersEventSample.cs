using System.IO.Compression;
using System.Text;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>Preferred-term frequencies from the real FAERS samples (REAC tables and the pvLRT 2022Q3 pairs).</summary>
internal static class FaersEventSample
{
    /// <summary>
    /// The most frequent PTs: first those of the raw REAC samples (2020Q3, 2025Q4, 2022Q4, 2017Q2), which carry FAERS's
    /// full PT mix, then those of the pvLRT 2022Q3 pairs (restricted by its authors to ~1,000 PTs), each list by frequency.
    /// </summary>
    public static IReadOnlyList<string> MostFrequentTerms(int count)
    {
        var raw = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(TextReader reader)
        {
            var header = reader.ReadLine()!.Split('$');
            var pt = Array.FindIndex(header, h => string.Equals(h.Trim(), "pt", StringComparison.OrdinalIgnoreCase));
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var f = line.Split('$');
                if (pt >= 0 && pt < f.Length && f[pt].Trim().Length > 0)
                {
                    raw[f[pt].Trim()] = raw.GetValueOrDefault(f[pt].Trim()) + 1;
                }
            }
        }

        foreach (var path in new[] { TestData.PathOf("faers", "nico8270_2025q4_sample1000", "REAC25Q4.txt"), TestData.PathOf("faers", "ubesp_2020q3_first10k", "REAC20Q3-10000.txt") })
        {
            using var reader = new StreamReader(path, Encoding.Latin1);
            Count(reader);
        }

        foreach (var zipName in new[] { "faers_ascii_2022Q4_sample.zip", "faers_ascii_2017q2_sample.zip" })
        {
            using var zip = ZipFile.OpenRead(TestData.PathOf("faers", zipName));
            var entry = zip.Entries.First(e => e.Name.StartsWith("REAC", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
            using var reader = new StreamReader(entry.Open(), Encoding.Latin1);
            Count(reader);
        }

        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var gz = new GZipStream(File.OpenRead(TestData.PathOf("faers", "pvlrt_faers2022q3_PS_drug_ae_pairs.csv.gz")), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
        {
            reader.ReadLine();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var last = line.LastIndexOf(",\"", StringComparison.Ordinal);
                if (last > 0)
                {
                    var pt = line[(last + 2)..].TrimEnd('"');
                    pairs[pt] = pairs.GetValueOrDefault(pt) + 1;
                }
            }
        }

        var result = new List<string>();
        foreach (var pt in raw.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(220).Select(p => p.Key)
            .Concat(pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)))
        {
            if (result.Count >= count)
            {
                break;
            }

            if (!result.Contains(pt))
            {
                result.Add(pt);
            }
        }

        return result;
    }
}
