using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Causa.Benchmarks.Reading;

/// <summary>
/// Builds a full-size FAERS-format zip by repeating a real quarter sample (e.g. the 1,000-report 2025Q4 sample)
/// <c>copies</c> times with shifted caseids/primaryids, so every copy is a distinct, joinable set of reports with
/// real field contents. 400 copies of the 2025Q4 sample ≈ 400k reports, 2.5M DRUG rows, ~520 MB of text.
/// </summary>
internal static class ScaledQuarterZip
{
    private const long CaseIdStride = 100_000_000;

    public static void Write(string sampleFolder, int copies, string zipPath)
    {
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var file in Directory.GetFiles(sampleFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var isDelete = name.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
            var entry = archive.CreateEntry((isDelete ? "Deleted/" : "ASCII/") + name, CompressionLevel.Optimal);
            using var output = new StreamWriter(entry.Open(), Encoding.Latin1, 1 << 20);
            var lines = File.ReadAllLines(file, Encoding.Latin1);
            if (isDelete)
            {
                foreach (var line in lines)
                {
                    output.Write(line);
                    output.Write("\r\n");
                }

                continue;
            }

            output.Write(lines[0]);
            output.Write("\r\n");
            for (var copy = 0; copy < copies; copy++)
            {
                for (var i = 1; i < lines.Length; i++)
                {
                    output.Write(Shift(lines[i], copy));
                    output.Write("\r\n");
                }
            }
        }
    }

    private static string Shift(string line, int copy)
    {
        if (copy == 0)
        {
            return line;
        }

        var first = line.IndexOf('$', StringComparison.Ordinal);
        var second = line.IndexOf('$', first + 1);
        var primaryId = line[..first];
        var caseIdText = line[(first + 1)..second];
        if (!long.TryParse(caseIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var caseId))
        {
            return line;
        }

        var newCaseId = (copy * CaseIdStride + caseId).ToString(CultureInfo.InvariantCulture);
        var newPrimaryId = primaryId.StartsWith(caseIdText, StringComparison.Ordinal)
            ? newCaseId + primaryId[caseIdText.Length..]
            : primaryId + copy.ToString("D4", CultureInfo.InvariantCulture);
        return newPrimaryId + "$" + newCaseId + line[second..];
    }
}
