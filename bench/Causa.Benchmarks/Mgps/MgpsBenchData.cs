using System.Text;
using Causa.Core.Statistics;
using Causa.TestSupport;

namespace Causa.Benchmarks.Mgps;

/// <summary>Inputs for the MGPS benchmarks: the openEBGM CAERS example and synthetic pairs from a known θ.</summary>
internal static class MgpsBenchData
{
    /// <summary>The θ the synthetic pairs are drawn from.</summary>
    public static readonly MgpsHyperparameters SyntheticTheta = new(2.5, 0.5, 3.0, 3.0, 0.1);

    public static (int[] N, double[] E) Load(string name) => name switch
    {
        "caers" => Caers(),
        "100k" => Synthetic(100_000, 42),
        "1M" => Synthetic(1_000_000, 42),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown data set."),
    };

    /// <summary>
    /// Pairs drawn as openEBGM's likelihood assumes: component 1 with probability P, then N from that component's
    /// negative binomial truncated at N ≥ 1; E log-uniform on 0.01–10.
    /// </summary>
    public static (int[] N, double[] E) Synthetic(int pairs, int seed) =>
        MgpsModelSample.Draw(SyntheticTheta.Alpha1, SyntheticTheta.Beta1, SyntheticTheta.Alpha2, SyntheticTheta.Beta2, SyntheticTheta.P, pairs, new Random(seed));

    /// <summary>CAERS raw rows (shared data folder: $CAUSA_TEST_DATA, else ../shared/data beside the repository).</summary>
    public static (int[] N, double[] E) Caers()
    {
        var builder = new ExpectedCountBuilder();
        var lines = File.ReadAllLines(Path.Combine(DataFolder(), "reference_stats", "openebgm_caers.csv"));
        foreach (var line in lines.Skip(1))
        {
            var fields = Split(line);
            builder.Add(fields[0], fields[1], fields[2]);
        }

        var pairs = builder.Build(stratified: false).Pairs;
        return (pairs.Select(p => p.N).ToArray(), pairs.Select(p => p.E).ToArray());
    }

    private static string DataFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CAUSA_TEST_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Causa.slnx")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("Set CAUSA_TEST_DATA to the shared data folder.")
            : Path.Combine(dir.FullName, "..", "shared", "data");
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
