using System.Globalization;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

public sealed class MgpsCommandTests : IDisposable
{
    private const string VignetteTheta = "3.2537864,0.39988837,2.0261305,1.9080826,0.0653457";
    private readonly string _folder = Directory.CreateTempSubdirectory("causa-mgps-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Raw_caers_rows_are_fitted_and_scored_like_openEBGM()
    {
        var (exit, output, error) = await RunAsync("mgps", TestData.PathOf("reference_stats", "openebgm_caers.csv"), "--unstratified");

        Assert.Equal(ExitCodes.Ok, exit);
        var thetaLine = error.Split('\n').Single(l => l.StartsWith("theta ", StringComparison.Ordinal));
        Assert.Matches(@"^theta alpha1=[0-9.Ee+-]+ beta1=[0-9.Ee+-]+ alpha2=[0-9.Ee+-]+ beta2=[0-9.Ee+-]+ P=[0-9.Ee+-]+ loglik=-[0-9.Ee+-]+$", thetaLine);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("var1,var2,N,E,EBGM,EB05,EB95,Qn", lines[0]);
        Assert.Equal(17189 + 1, lines.Length);
        // Vignette pair: EBGM 23.26 in openEBGM; an independent fit agrees within 1%.
        var row = lines.Single(l => l.StartsWith("REUMOFAN PLUS,WEIGHT INCREASED,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("16", row[2]);
        Assert.InRange(double.Parse(row[4], CultureInfo.InvariantCulture), 23.26 * 0.99, 23.26 * 1.01);
    }

    [Fact]
    public async Task Pair_table_scored_with_given_theta_matches_golden_values()
    {
        var input = WriteTemp("var1,var2,N,E\n\"REUMOFAN PLUS\",\"WEIGHT INCREASED\",16,0.40643623\n\"A, with comma\",B,1,0.0360548271752086\n");

        var (exit, output, error) = await RunAsync("mgps", input, "--theta", VignetteTheta);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("theta alpha1=3.2537864 beta1=0.39988837 alpha2=2.0261305 beta2=1.9080826 P=0.0653457 loglik=", error.Trim(), StringComparison.Ordinal);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(23.26, Math.Round(double.Parse(first[4], CultureInfo.InvariantCulture), 2));
        Assert.Equal(15.69, Math.Round(double.Parse(first[5], CultureInfo.InvariantCulture), 2));
        Assert.Equal(33.48, Math.Round(double.Parse(first[6], CultureInfo.InvariantCulture), 2));
        // Golden caers_scores_unstratified.csv row for N = 1, E = 0.0360548: EBGM 2.2267, EB05 0.4911, Qn 0.28197385.
        Assert.StartsWith("\"A, with comma\",B,1,0.0360548271752086,2.2266", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_rows_with_strat_columns_use_stratified_expected_counts()
    {
        var (exit, output, _) = await RunAsync("mgps", TestData.PathOf("reference_stats", "expected", "processraw_toy_raw.csv"), "--theta", VignetteTheta);

        Assert.Equal(ExitCodes.Ok, exit);
        var row = output.Split('\n').Single(l => l.StartsWith("A,1,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("5", row[2]);
        Assert.Equal(4.3222222, double.Parse(row[3], CultureInfo.InvariantCulture), 7);
    }

    [Fact]
    public async Task Standard_error_names_the_strata_of_raw_rows()
    {
        // Given the processRaw toy rows, whose strat1 (F, M) and strat2 (1, 2) make four strata
        var toy = TestData.PathOf("reference_stats", "expected", "processraw_toy_raw.csv");

        // When they are scored as they are, and with --unstratified
        var (_, _, stratified) = await RunAsync("mgps", toy, "--theta", VignetteTheta);
        var (_, _, unstratified) = await RunAsync("mgps", toy, "--theta", VignetteTheta, "--unstratified");

        // Then each run says which strata its expected counts were summed over
        Assert.Contains("strata: strat1,strat2 (4 strata)\n", stratified.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("strata: none\n", unstratified.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_rows_without_strat_columns_say_strata_none_and_a_pair_table_says_nothing_of_strata()
    {
        var raw = WriteTemp("id,var1,var2\n1,A,B\n2,A,C\n");
        var table = WriteTemp("var1,var2,N,E\nA,B,2,0.5\n");

        var (_, _, rawError) = await RunAsync("mgps", raw, "--theta", VignetteTheta);
        var (_, _, tableError) = await RunAsync("mgps", table, "--theta", VignetteTheta);

        Assert.Contains("strata: none", rawError, StringComparison.Ordinal);
        Assert.DoesNotContain("strata:", tableError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_pair_table_read_in_parts_gives_every_row_in_order_and_the_first_bad_line()
    {
        // Given a pair table over 4 MiB (read whole and parsed on every core), with CRLF and LF line ends and blank lines
        var text = new System.Text.StringBuilder("var1,var2,N,E\r\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"DRUG{i % 97},EVENT {i},{1 + (i % 5)},0.{i % 9 + 1}{(i % 3 == 0 ? "\r\n" : "\n")}");
            if (i % 50_000 == 0)
            {
                text.Append('\n');
            }
        }

        var good = WriteTemp(text.ToString());
        var bad = WriteTemp(text.ToString().Replace("EVENT 150000,1,", "EVENT 150000,x,", StringComparison.Ordinal));

        // When both are scored with a given prior
        var (exit, output, _) = await RunAsync("mgps", good, "--theta", VignetteTheta);
        var (badExit, _, badError) = await RunAsync("mgps", bad, "--theta", VignetteTheta);

        // Then every row comes out in file order, and the malformed row is named by its line (header 1, 4 blank lines
        // before it: rows 0, 50,000, 100,000 and 150,000 each have one after them, so 150,000 is on line 150,000 + 2 + 3)
        Assert.Equal(ExitCodes.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200_001, lines.Length);
        Assert.StartsWith("DRUG0,EVENT 0,1,0.1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("DRUG82,EVENT 199999,5,0.2,", lines[^1], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadData, badExit);
        Assert.Contains(bad + ":150005: N must be a whole number ≥ 0; got 'x'.", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_option_writes_the_csv_file()
    {
        var input = WriteTemp("var1,var2,N,E\nA,B,2,0.5\n");
        var target = Path.Combine(_folder, "scores.csv");

        var (exit, output, _) = await RunAsync("mgps", input, "--theta", VignetteTheta, "--output", target);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("var1,var2,N,E,EBGM,EB05,EB95,Qn\nA,B,2,0.5,", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1,2,3,4,1.5")]
    [InlineData("a,b,c,d,e")]
    public async Task Bad_theta_is_bad_input(string theta)
    {
        var input = WriteTemp("var1,var2,N,E\nA,B,2,0.5\n");

        var (exit, _, error) = await RunAsync("mgps", input, "--theta", theta);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("--theta", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_is_bad_input()
    {
        var (exit, _, error) = await RunAsync("mgps", Path.Combine(_folder, "no-such-file.csv"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var1,var2,N,E\nA,B,2,0.5\nA,C,x,0.5\n", ":3: N must be")]
    [InlineData("var1,var2,N,E\nA,B,2,-1\n", ":2: E must be")]
    [InlineData("var1,var2,N,E\nA,B,2\n", ":2: expected 4 fields")]
    [InlineData("drug,event,count\nA,B,2\n", ":1: header must hold")]
    public async Task Malformed_file_names_file_and_line(string content, string expected)
    {
        var input = WriteTemp(content);

        var (exit, output, error) = await RunAsync("mgps", input, "--theta", VignetteTheta);

        Assert.Equal(ExitCodes.BadData, exit);
        Assert.Contains(input + expected, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task A_fit_on_a_bound_writes_scores_with_a_warning_and_exits_0()
    {
        // Given a pair table where the best two-gamma fit puts α₂ on its floor (CAERS-like counts, all N ≥ 3, built
        // here: 40 pairs near E with N = 3–5 and a long tail of strong pairs)
        var lines = new List<string> { "var1,var2,N,E" };
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var e = Math.Exp(Math.Log(0.05) + (random.NextDouble() * Math.Log(40)));
            var n = 3 + (int)(random.NextDouble() * random.NextDouble() * 40);
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"D{i % 17},E{i},{n},{e:R}"));
        }

        var input = WriteTemp(string.Join('\n', lines) + "\n");

        // When it is scored without a prior
        var (exit, output, error) = await RunAsync("mgps", input);

        // Then it exits 0 with the scores, and the warning names the parameter on its bound and the one-gamma comparison.
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("bound", error, StringComparison.Ordinal);
        Assert.Contains("one-gamma", error, StringComparison.Ordinal);
        Assert.Equal(301, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_too_small_to_fit_is_a_clear_failure()
    {
        var input = WriteTemp("var1,var2,N,E\nA,B,2,0.5\nA,C,1,0.2\n");

        var (exit, output, error) = await RunAsync("mgps", input);

        Assert.Equal(ExitCodes.BadData, exit);
        Assert.Contains("too few", error, StringComparison.Ordinal);
        Assert.Contains("--theta", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var cli = new CliHarness();
        var exit = await cli.RunAsync(args);
        return (exit, cli.Output.ToString(), cli.Error.ToString());
    }

    private string WriteTemp(string content)
    {
        var path = Path.Combine(_folder, "input-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content);
        return path;
    }
}
