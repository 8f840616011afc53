using System.Globalization;
using System.Text;

namespace Causa.Benchmarks.Mgps;

/// <summary>
/// <c>-- mgps-table PAIRS OUT.csv [SEED]</c>: writes a pair table (<c>var1,var2,N,E</c>) of synthetic pairs drawn from
/// <see cref="MgpsBenchData.SyntheticTheta"/>, the input of the whole-process <c>causa mgps</c> measurement.
/// </summary>
internal static class MgpsTableWriter
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pairs) || pairs < 1)
        {
            Console.Error.WriteLine("usage: mgps-table PAIRS OUT.csv [SEED]");
            return 1;
        }

        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
        var (n, e) = MgpsBenchData.Synthetic(pairs, seed);
        using var writer = new StreamWriter(args[1], false, new UTF8Encoding(false), 1 << 16);
        writer.Write("var1,var2,N,E\n");
        for (var i = 0; i < pairs; i++)
        {
            // Names shaped like a drug and an event of a real table: about 3,000 drugs × 6,000 events.
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"DRUG{i % 2999},EVENT {i / 2999},{n[i]},{e[i]:R}\n"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {pairs:N0} pairs to {args[1]}"));
        return 0;
    }
}
