using Causa.Core.Statistics;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Statistics;

public sealed class ExpectedCountBuilderTests
{
    [Fact]
    public void Toy_example_matches_openEBGM_processRaw_unstratified_and_stratified()
    {
        var raw = ReferenceCsv.Read(TestData.PathOf("reference_stats", "expected", "processraw_toy_raw.csv"));
        var expected = ReferenceCsv.Read(TestData.PathOf("reference_stats", "expected", "processraw_toy_expected.csv"));
        var builder = new ExpectedCountBuilder();
        foreach (var row in raw)
        {
            builder.Add(row["id"], row["var1"], row["var2"], row["strat1"] + "|" + row["strat2"]);
        }

        var unstratified = builder.Build(stratified: false);
        var stratified = builder.Build(stratified: true);

        Assert.Equal(expected.Count, unstratified.Pairs.Count);
        Assert.Equal(4, stratified.Strata);
        foreach (var row in expected)
        {
            var plain = unstratified.Pairs.Single(p => p.Var1 == row["var1"] && p.Var2 == row["var2"]);
            var strat = stratified.Pairs.Single(p => p.Var1 == row["var1"] && p.Var2 == row["var2"]);
            Assert.Equal(int.Parse(row["N"]), plain.N);
            Assert.Equal(int.Parse(row["N"]), strat.N);
            // The golden file holds 7 decimals.
            ReferenceCsv.Close(ReferenceCsv.Number(row["E_unstratified"])!.Value, plain.E, 0, 1e-7, $"{plain.Var1}/{plain.Var2} E");
            ReferenceCsv.Close(ReferenceCsv.Number(row["E_stratified_strat1_strat2"])!.Value, strat.E, 0, 1e-7, $"{strat.Var1}/{strat.Var2} E strat");
        }

        // Every one of the 4 toy strata has < 50 ids.
        Assert.Equal(4, stratified.Warnings.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Caers_counts_match_openEBGM_for_every_pair(bool stratified)
    {
        var golden = stratified ? CaersData.Stratified : CaersData.Unstratified;

        var table = CaersData.Count(stratified);

        Assert.Equal(17189, golden.Count);
        Assert.Equal(golden.Count, table.Pairs.Count);
        var byKey = table.Pairs.ToDictionary(p => (p.Var1, p.Var2));
        foreach (var expected in golden)
        {
            var actual = byKey[(expected.Var1, expected.Var2)];
            Assert.Equal(expected.N, actual.N);
            ReferenceCsv.Close(expected.E, actual.E, 1e-12, 0, $"{expected.Var1}/{expected.Var2} E");
        }
    }

    [Fact]
    public void Repeated_rows_for_one_id_count_once()
    {
        var builder = new ExpectedCountBuilder();
        builder.Add("1", "D", "X");
        builder.Add("1", "D", "X");
        builder.Add("1", "D", "Y");
        builder.Add("2", "D", "Y");
        builder.Add("3", "F", "Y");

        var table = builder.Build(stratified: false);

        // N(D) = 2 ids, N(X) = 1, N(Y) = 3, ids = 3: E(D,X) = 2·1/3, E(D,Y) = 2·3/3.
        var dx = table.Pairs.Single(p => p is { Var1: "D", Var2: "X" });
        var dy = table.Pairs.Single(p => p is { Var1: "D", Var2: "Y" });
        Assert.Equal(1, dx.N);
        Assert.Equal(2, dy.N);
        ReferenceCsv.Close(2.0 / 3, dx.E, 1e-15);
        ReferenceCsv.Close(2.0, dy.E, 1e-15);
    }
}
