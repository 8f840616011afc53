using System.Globalization;
using Causa.Core.Statistics;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Statistics;

/// <summary>The openEBGM CAERS example and its golden outputs, read once (immutable after loading).</summary>
internal static class CaersData
{
    /// <summary>openEBGM vignette θ, unstratified (expected/README.md).</summary>
    public static readonly MgpsHyperparameters UnstratifiedTheta = new(3.2537864, 0.39988837, 2.0261305, 1.9080826, 0.0653457);

    /// <summary>openEBGM θ for the strat1-stratified expected counts (expected/README.md).</summary>
    public static readonly MgpsHyperparameters StratifiedTheta = new(24.313306, 2.3372623, 3.5138285, 2.9140207, 0.031830704);

    private static readonly Lazy<IReadOnlyList<(string Id, string Var1, string Var2, string Strat1)>> RawRows = new(LoadRaw);
    private static readonly Lazy<IReadOnlyList<Golden>> UnstratifiedGolden = new(() => LoadGolden("caers_scores_unstratified.csv"));
    private static readonly Lazy<IReadOnlyList<Golden>> StratifiedGolden = new(() => LoadGolden("caers_scores_stratified_strat1.csv"));

    public static IReadOnlyList<(string Id, string Var1, string Var2, string Strat1)> Raw => RawRows.Value;

    public static IReadOnlyList<Golden> Unstratified => UnstratifiedGolden.Value;

    public static IReadOnlyList<Golden> Stratified => StratifiedGolden.Value;

    public static ExpectedCountTable Count(bool stratified)
    {
        var builder = new ExpectedCountBuilder();
        foreach (var row in Raw)
        {
            builder.Add(row.Id, row.Var1, row.Var2, row.Strat1);
        }

        return builder.Build(stratified);
    }

    private static List<(string, string, string, string)> LoadRaw()
    {
        var rows = ReferenceCsv.Read(TestData.PathOf("reference_stats", "openebgm_caers.csv"));
        return rows.Select(r => (r["id"], r["var1"], r["var2"], r["strat1"])).ToList();
    }

    private static List<Golden> LoadGolden(string file)
    {
        var rows = ReferenceCsv.Read(TestData.PathOf("reference_stats", "expected", file));
        return rows.Select(r => new Golden(
            r["var1"],
            r["var2"],
            int.Parse(r["N"], CultureInfo.InvariantCulture),
            double.Parse(r["E"], CultureInfo.InvariantCulture),
            double.Parse(r["EBGM"], CultureInfo.InvariantCulture),
            double.Parse(r["EB05"], CultureInfo.InvariantCulture),
            double.Parse(r["EB95"], CultureInfo.InvariantCulture),
            double.Parse(r["Qn"], CultureInfo.InvariantCulture))).ToList();
    }

    internal sealed record Golden(string Var1, string Var2, int N, double E, double Ebgm, double Eb05, double Eb95, double Qn);
}
