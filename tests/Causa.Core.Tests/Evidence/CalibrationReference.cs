using System.Text;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Evidence;

/// <summary>
/// Reads tests/Causa.Core.Tests/Evidence/calibration_reference.tsv: public true and false drug-event pairs with a fixed
/// train/test split (see the file's header and docs/EVIDENCE.md, "Calibration").
/// </summary>
internal static class CalibrationReference
{
    private static readonly Lazy<IReadOnlyList<CalibrationPair>> Pairs = new(Load);

    /// <summary>Every pair, in file order.</summary>
    public static IReadOnlyList<CalibrationPair> All => Pairs.Value;

    /// <summary>The file's path in the repository.</summary>
    public static string FilePath => Path.Combine(TestData.RepositoryRoot, "tests", "Causa.Core.Tests", "Evidence", "calibration_reference.tsv");

    /// <summary>The split a pair belongs to: FNV-1a 32-bit of UTF-8 "drug|event" (lower case); test when hash % 10 ≥ 7.</summary>
    /// <param name="drug">The ingredient.</param>
    /// <param name="eventTerm">The preferred term.</param>
    public static bool IsTestPair(string drug, string eventTerm)
    {
        var hash = 0x811C9DC5u;
        foreach (var b in Encoding.UTF8.GetBytes($"{drug.ToLowerInvariant()}|{eventTerm.ToLowerInvariant()}"))
        {
            hash = unchecked((hash ^ b) * 0x01000193u);
        }

        return hash % 10 >= 7;
    }

    private static List<CalibrationPair> Load()
    {
        var list = new List<CalibrationPair>();
        foreach (var line in File.ReadLines(FilePath))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("drug\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 6 || f[3] is not ("0" or "1") || f[4] is not ("train" or "test"))
            {
                throw new InvalidDataException($"calibration_reference.tsv: malformed line '{line}'");
            }

            list.Add(new CalibrationPair(f[0], f[1], f[2], f[3] == "1", f[4] == "test", f[5]));
        }

        return list;
    }
}
