using Causa.Core.Statistics;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Statistics;

public sealed class DisproportionalityTests
{
    private const double Relative = 1e-8;

    public static TheoryData<string> ReferenceCases()
    {
        var data = new TheoryData<string>();
        foreach (var row in ReferenceCsv.Read(ReferencePath))
        {
            data.Add(row["case"]);
        }

        return data;
    }

    private static string ReferencePath => TestData.PathOf("reference_stats", "expected", "twobytwo_reference.csv");

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Matches_R_reference_for_every_worked_table(string caseName)
    {
        var row = ReferenceCsv.Read(ReferencePath).Single(r => r["case"] == caseName);
        var table = new ContingencyTable(long.Parse(row["a"]), long.Parse(row["b"]), long.Parse(row["c"]), long.Parse(row["d"]));

        var result = Disproportionality.Compute(table);

        Assert.Equal(long.Parse(row["N"]), table.N);
        ReferenceCsv.Close(ReferenceCsv.Number(row["E"])!.Value, result.Expected, Relative, what: "E");
        AssertOptional(row["PRR"], result.Prr, "PRR");
        AssertOptional(row["ROR"], result.Ror, "ROR");
        if (table.A == 0)
        {
            // R gives exp(log 0 − …) = 0 and NA; Causa reports the whole interval as undefined.
            Assert.Null(result.PrrLower);
            Assert.Null(result.PrrUpper);
            Assert.Null(result.RorLower);
            Assert.Null(result.RorUpper);
        }
        else
        {
            AssertOptional(row["PRR_lo95"], result.PrrLower, "PRR_lo95");
            AssertOptional(row["PRR_hi95"], result.PrrUpper, "PRR_hi95");
            AssertOptional(row["ROR_lo95"], result.RorLower, "ROR_lo95");
            AssertOptional(row["ROR_hi95"], result.RorUpper, "ROR_hi95");
        }

        // A Yates statistic that is exactly 0 in exact arithmetic comes out ~1e-23 in R's floating point.
        ReferenceCsv.Close(ReferenceCsv.Number(row["chi2_yates"])!.Value, result.ChiSquareYates!.Value, Relative, 1e-12, "chi2_yates");
        ReferenceCsv.Close(ReferenceCsv.Number(row["IC_shrink"])!.Value, result.Ic, Relative, what: "IC");
        ReferenceCsv.Close(ReferenceCsv.Number(row["IC025_approx"])!.Value, result.Ic025, Relative, what: "IC025");
        ReferenceCsv.Close(ReferenceCsv.Number(row["IC975_approx"])!.Value, result.Ic975, Relative, what: "IC975");
    }

    private static void AssertOptional(string expectedText, double? actual, string what)
    {
        var expected = ReferenceCsv.Number(expectedText);
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected undefined (NA), got {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}: expected {expected}, got null");
        ReferenceCsv.Close(expected.Value, actual.Value, Relative, what: what);
    }

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Bcpnn_posterior_matches_Gould_exact_values(string caseName)
    {
        var row = ReferenceCsv.Read(ReferencePath).Single(r => r["case"] == caseName);
        var table = new ContingencyTable(long.Parse(row["a"]), long.Parse(row["b"]), long.Parse(row["c"]), long.Parse(row["d"]));

        var posterior = Disproportionality.ComputeBcpnn(table);

        ReferenceCsv.Close(ReferenceCsv.Number(row["BCPNN_EIC"])!.Value, posterior.Mean, Relative, what: "BCPNN_EIC");
        ReferenceCsv.Close(ReferenceCsv.Number(row["BCPNN_sd"])!.Value, posterior.StandardDeviation, Relative, what: "BCPNN_sd");
        ReferenceCsv.Close(ReferenceCsv.Number(row["BCPNN_IC025"])!.Value, posterior.Lower95, Relative, what: "BCPNN_IC025");
        ReferenceCsv.Close(ReferenceCsv.Number(row["BCPNN_IC975"])!.Value, posterior.Upper95, Relative, what: "BCPNN_IC975");
    }

    [Fact]
    public void Reference_file_holds_the_published_examples()
    {
        var rows = ReferenceCsv.Read(ReferencePath);
        Assert.True(rows.Count >= 9);
        Assert.Contains(rows, r => r["case"] == "gould2003_headache");
    }

    [Fact]
    public void Small_table_matches_hand_computation()
    {
        // a=3 b=7 c=20 d=970: PRR = (3/10)/(20/990) = 14.85; ROR = 2910/140; E = 10·23/1000 = 0.23.
        var result = Disproportionality.Compute(new ContingencyTable(3, 7, 20, 970));

        ReferenceCsv.Close(14.85, result.Prr!.Value, 1e-12);
        ReferenceCsv.Close(2910.0 / 140, result.Ror!.Value, 1e-12);
        ReferenceCsv.Close(0.23, result.Expected, 1e-12);
        var ic = Math.Log2(3.5 / 0.73);
        ReferenceCsv.Close(ic, result.Ic, 1e-12);
        ReferenceCsv.Close(ic - (3.3 / Math.Sqrt(3.5)) - (2 / Math.Pow(3.5, 1.5)), result.Ic025, 1e-12);
        ReferenceCsv.Close(ic + (2.4 / Math.Sqrt(3.5)) - (0.5 / Math.Pow(3.5, 1.5)), result.Ic975, 1e-12);
        var se = Math.Sqrt((1.0 / 3) - (1.0 / 10) + (1.0 / 20) - (1.0 / 990));
        ReferenceCsv.Close(14.85 * Math.Exp(-1.959963984540054 * se), result.PrrLower!.Value, 1e-12);
        Assert.Equal(SignalFlags.Evans | SignalFlags.IcLowerAboveZero | SignalFlags.RorLowerAboveOne, result.Signals);
    }

    [Fact]
    public void Zero_pair_count_gives_zero_ratios_and_no_intervals()
    {
        var result = Disproportionality.Compute(new ContingencyTable(0, 10, 5, 100));

        Assert.Equal(0.0, result.Prr);
        Assert.Equal(0.0, result.Ror);
        Assert.Null(result.PrrLower);
        Assert.Null(result.PrrUpper);
        Assert.Null(result.RorLower);
        Assert.Null(result.RorUpper);
        // E = 10·5/115; IC = log2(0.5/(E+0.5)) < 0.
        ReferenceCsv.Close(Math.Log2(0.5 / ((50.0 / 115) + 0.5)), result.Ic, 1e-12);
        Assert.Equal(SignalFlags.None, result.Signals);
    }

    [Fact]
    public void Event_only_with_drug_gives_undefined_prr_and_ror()
    {
        // c = 0: every event case has the drug; PRR and ROR are infinite, so undefined.
        var result = Disproportionality.Compute(new ContingencyTable(4, 6, 0, 90));

        Assert.Null(result.Prr);
        Assert.Null(result.PrrLower);
        Assert.Null(result.Ror);
        Assert.Null(result.RorUpper);
        Assert.NotNull(result.ChiSquareYates);
        Assert.True(double.IsFinite(result.Ic));
        Assert.False(result.Signals.HasFlag(SignalFlags.Evans));
    }

    [Fact]
    public void Drug_always_with_event_gives_prr_but_no_ror()
    {
        // b = 0: PRR = 1/(c/(c+d)) is finite, ROR = ad/0 is not. PRR SE = √(1/a − 1/a + 1/c − 1/(c+d)).
        var result = Disproportionality.Compute(new ContingencyTable(5, 0, 10, 85));

        ReferenceCsv.Close(9.5, result.Prr!.Value, 1e-12);
        var se = Math.Sqrt((1.0 / 10) - (1.0 / 95));
        ReferenceCsv.Close(9.5 * Math.Exp(1.959963984540054 * se), result.PrrUpper!.Value, 1e-12);
        Assert.Null(result.Ror);
        Assert.Null(result.RorLower);
    }

    [Fact]
    public void Zero_d_cell_gives_zero_ror_without_interval()
    {
        var result = Disproportionality.Compute(new ContingencyTable(2, 3, 4, 0));

        Assert.Equal(0.0, result.Ror);
        Assert.Null(result.RorLower);
        Assert.Null(result.RorUpper);
        Assert.NotNull(result.Prr);
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, 0, 3, 7)]
    [InlineData(0, 5, 0, 7)]
    [InlineData(2, 3, 0, 0)]
    [InlineData(5, 0, 0, 0)]
    public void Degenerate_tables_never_produce_nan_or_infinity(long a, long b, long c, long d)
    {
        var result = Disproportionality.Compute(new ContingencyTable(a, b, c, d));
        var bcpnn = Disproportionality.ComputeBcpnn(new ContingencyTable(a, b, c, d));

        double?[] values = [result.Expected, result.Prr, result.PrrLower, result.PrrUpper, result.Ror, result.RorLower, result.RorUpper,
            result.ChiSquareYates, result.Ic, result.Ic025, result.Ic975, bcpnn.Mean, bcpnn.StandardDeviation, bcpnn.Lower95, bcpnn.Upper95];
        Assert.All(values, v => Assert.True(v is null || double.IsFinite(v.Value), $"non-finite value in {result}"));
    }

    [Fact]
    public void Empty_table_has_zero_expected_and_zero_ic_and_no_chi_square()
    {
        var result = Disproportionality.Compute(default);

        Assert.Equal(0.0, result.Expected);
        Assert.Equal(0.0, result.Ic);
        Assert.Null(result.ChiSquareYates);
        Assert.Null(result.Prr);
        Assert.Null(result.Ror);
    }

    [Fact]
    public void Yates_correction_is_capped_by_the_smallest_residual()
    {
        // a=1 b=1 c=1 d=1: every |O−E| = 0, so YATES = 0 and χ² = 0 (R: X-squared = 0).
        Assert.Equal(0.0, Disproportionality.Compute(new ContingencyTable(1, 1, 1, 1)).ChiSquareYates);
        // a=10 b=0 c=0 d=10: |O−E| = 5 everywhere, χ² = 4·4.5²/5 = 16.2 (R: 16.2).
        ReferenceCsv.Close(16.2, Disproportionality.Compute(new ContingencyTable(10, 0, 0, 10)).ChiSquareYates!.Value, 1e-12);
    }

    [Fact]
    public void From_margins_rebuilds_the_cells()
    {
        var table = ContingencyTable.FromMargins(28, 970, 45, 32422);

        Assert.Equal(new ContingencyTable(28, 942, 17, 31435), table);
        Assert.Equal(970, table.DrugTotal);
        Assert.Equal(45, table.EventTotal);
    }

    [Theory]
    [InlineData(-1, 10, 10, 100)]
    [InlineData(11, 10, 20, 100)]
    [InlineData(5, 10, 4, 100)]
    [InlineData(1, 60, 60, 100)]
    public void From_margins_rejects_inconsistent_counts(long a, long drug, long evt, long total) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContingencyTable.FromMargins(a, drug, evt, total));

    [Fact]
    public void Negative_cell_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContingencyTable(1, -1, 0, 0));
}
