using System.Globalization;
using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Faers.Synthetic;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Synthetic;

[Collection(GeneratedQuarterCollection.Name)]
public sealed class SyntheticQuarterGeneratorTests(GeneratedQuarterFixture fixture)
{
    private static readonly string[] Tables = ["DEMO", "DRUG", "REAC", "OUTC", "RPSR", "THER", "INDI"];

    private ParsedQuarter Quarter => fixture.Parsed;

    [Fact]
    public void Zip_holds_the_seven_tables_and_the_delete_list_under_FDA_names()
    {
        var expected = Tables.Select(t => $"ASCII/{t}31Q1.txt").Append("Deleted/DELETE31Q1.txt").Order(StringComparer.Ordinal);

        Assert.Equal(expected, Quarter.Raw.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("faers_ascii_2031q1.zip", fixture.Generator.FileName);
    }

    [Theory]
    [InlineData("DEMO")]
    [InlineData("DRUG")]
    [InlineData("REAC")]
    [InlineData("OUTC")]
    [InlineData("RPSR")]
    [InlineData("THER")]
    [InlineData("INDI")]
    public void Headers_match_the_real_2025Q4_files_and_every_row_has_the_header_field_count(string table)
    {
        var realHeader = File.ReadLines(TestData.PathOf("faers", "nico8270_2025q4_sample1000", $"{table}25Q4.txt")).First();

        var (header, rows) = Quarter.Table($"ASCII/{table}31Q1.txt");

        Assert.Equal(realHeader, string.Join('$', header));
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
    }

    [Fact]
    public void Row_counts_match_the_summary_and_full_quarter_proportions()
    {
        foreach (var table in Tables)
        {
            var rows = Quarter.Table($"ASCII/{table}31Q1.txt").Rows.Count;
            Assert.Equal(fixture.Summary.Rows[Enum.Parse<FaersTable>(table, ignoreCase: true)], rows);
        }

        Assert.Equal(GeneratedQuarterFixture.Reports, Quarter.Table("ASCII/DEMO31Q1.txt").Rows.Count);

        // A full quarter has ~1.8M DRUG and ~1.3M REAC rows for ~400k reports (4.5 and 3.25 per report); the generator
        // targets those means, less a few percent for duplicate products it drops within a report.
        var drugPerReport = Quarter.Table("ASCII/DRUG31Q1.txt").Rows.Count / (double)GeneratedQuarterFixture.Reports;
        var reacPerReport = Quarter.Table("ASCII/REAC31Q1.txt").Rows.Count / (double)GeneratedQuarterFixture.Reports;
        Assert.InRange(drugPerReport, 4.1, 4.6);
        Assert.InRange(reacPerReport, 3.0, 3.4);
    }

    [Fact]
    public void Every_child_row_points_at_a_report_and_drug_sequence_that_exist()
    {
        var reports = Quarter.Table("ASCII/DEMO31Q1.txt").Rows.ToDictionary(r => r[0], r => r[1]);
        var drugs = Quarter.Table("ASCII/DRUG31Q1.txt").Rows.Select(r => (r[0], r[2])).ToHashSet();

        foreach (var table in new[] { "DRUG", "REAC", "OUTC", "RPSR", "THER", "INDI" })
        {
            Assert.All(Quarter.Table($"ASCII/{table}31Q1.txt").Rows, r => Assert.Equal(reports[r[0]], r[1]));
        }

        Assert.All(Quarter.Table("ASCII/THER31Q1.txt").Rows, r => Assert.Contains((r[0], r[2]), drugs));
        Assert.All(Quarter.Table("ASCII/INDI31Q1.txt").Rows, r => Assert.Contains((r[0], r[2]), drugs));
    }

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_does_not()
    {
        var options = new SyntheticQuarterOptions { Reports = 2_000, Seed = 7 };

        var first = Write(options);
        var second = Write(options);
        var other = Write(options with { Seed = 8 });

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Follow_up_versions_share_the_case_id_with_a_higher_version_and_later_fda_date()
    {
        var rows = Quarter.Table("ASCII/DEMO31Q1.txt").Rows;
        var byCase = rows.GroupBy(r => r[1]).Where(g => g.Count() > 1).ToList();

        // About 5% of cases carry two versions within the quarter.
        Assert.InRange(byCase.Count, GeneratedQuarterFixture.Reports * 0.03, GeneratedQuarterFixture.Reports * 0.07);
        foreach (var group in byCase)
        {
            var ordered = group.OrderBy(r => int.Parse(r[2], CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(2, ordered.Length);
            Assert.Equal(int.Parse(ordered[0][2], CultureInfo.InvariantCulture) + 1, int.Parse(ordered[1][2], CultureInfo.InvariantCulture));
            Assert.True(string.CompareOrdinal(ordered[1][7], ordered[0][7]) > 0, "the later version must have a later fda_dt");
            Assert.Equal("F", ordered[1][3]);
        }

        // primaryid is the case id followed by the version, as in FDA's files.
        Assert.All(rows, r => Assert.Equal(r[1] + r[2], r[0]));

        // Follow-ups of older cases: version > 1 and an initial FDA date before the quarter.
        var olderCases = rows.Where(r => r[3] == "F" && string.CompareOrdinal(r[6], "20310101") < 0).Count();
        Assert.InRange(olderCases / (double)rows.Count, 0.28, 0.40);
    }

    [Fact]
    public void Fda_dates_fall_inside_the_quarter()
    {
        Assert.All(Quarter.Table("ASCII/DEMO31Q1.txt").Rows, r => Assert.InRange(int.Parse(r[7], CultureInfo.InvariantCulture), 20310101, 20310331));
    }

    [Fact]
    public void Delete_list_names_some_generated_cases_and_some_older_ones()
    {
        var lines = Quarter.Text("Deleted/DELETE31Q1.txt").Split('\n');
        var ids = lines.Skip(1).Where(l => l.Length > 0).ToList();
        var caseIds = Quarter.Table("ASCII/DEMO31Q1.txt").Rows.Select(r => r[1]).ToHashSet();

        Assert.Equal(" ", lines[0]);
        Assert.Equal(fixture.Summary.Rows[FaersTable.Delete], ids.Count);
        Assert.All(ids, id => Assert.True(long.TryParse(id, CultureInfo.InvariantCulture, out _)));
        var generated = ids.Count(caseIds.Contains);
        Assert.Equal(fixture.Summary.DeletedGeneratedCases, generated);
        Assert.InRange(generated, 50, 300);
        Assert.True(ids.Count - generated >= 100);
    }

    [Fact]
    public void Quirks_of_real_files_are_present()
    {
        var demo = Quarter.Raw["ASCII/DEMO31Q1.txt"];
        var drug = Quarter.Text("ASCII/DRUG31Q1.txt");

        // CRLF in DEMO, LF elsewhere; DEMO's last line cut short with no newline.
        Assert.Contains("\r\n", Quarter.Text("ASCII/DEMO31Q1.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", drug, StringComparison.Ordinal);
        Assert.NotEqual((byte)'\n', demo[^1]);

        // pandas-style ".0" floats, literal NA, and Windows-1252 bytes (®, ’, ü).
        Assert.Contains(Quarter.Table("ASCII/DEMO31Q1.txt").Rows, r => r[13].EndsWith(".0", StringComparison.Ordinal));
        Assert.Contains(Quarter.Table("ASCII/DRUG31Q1.txt").Rows, r => r[15].EndsWith(".0", StringComparison.Ordinal));
        Assert.Contains(Quarter.Table("ASCII/DRUG31Q1.txt").Rows, r => r[9] == "NA");
        Assert.Contains((byte)0xAE, Quarter.Raw["ASCII/DRUG31Q1.txt"]);
        Assert.Contains((byte)0x92, demo);
        Assert.Contains((byte)0xFC, demo);
    }

    [Fact]
    public void Quirks_change_how_values_are_written_not_which_cases_exist()
    {
        var options = new SyntheticQuarterOptions { Reports = 3_000, Seed = 3 };
        var withQuirks = new ParsedQuarter(Write(options));
        var clean = new ParsedQuarter(Write(options with { Quirks = false }));

        foreach (var table in Tables)
        {
            var quirky = withQuirks.Table($"ASCII/{table}31Q1.txt").Rows;
            var plain = clean.Table($"ASCII/{table}31Q1.txt").Rows;
            Assert.Equal(plain.Count, quirky.Count);
            Assert.Equal(plain.Select(r => r[0] + r[1]), quirky.Select(r => r[0] + r[1]));
        }

        // The truncated last line lost exactly the last character of its last field (when that field has one).
        var lastClean = clean.Table("ASCII/DEMO31Q1.txt").Rows[^1];
        var lastQuirky = withQuirks.Table("ASCII/DEMO31Q1.txt").Rows[^1];
        Assert.Equal(lastClean[24].Length == 0 ? string.Empty : lastClean[24][..^1], lastQuirky[24]);
    }

    [Fact]
    public void Without_quirks_files_are_clean_ascii_with_lf_endings()
    {
        var parsed = new ParsedQuarter(Write(new SyntheticQuarterOptions { Reports = 3_000, Seed = 3, Quirks = false }));

        foreach (var (name, bytes) in parsed.Raw)
        {
            Assert.DoesNotContain(bytes, b => b >= 0x80 || b == '\r');
            Assert.Equal((byte)'\n', bytes[^1]);
            Assert.DoesNotContain("$NA$", parsed.Text(name), StringComparison.Ordinal);
            Assert.DoesNotContain(".0$", parsed.Text(name), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Drug_names_vary_like_real_reports_while_prod_ai_names_the_ingredient()
    {
        var rows = Quarter.Table("ASCII/DRUG31Q1.txt").Rows;
        var pair = fixture.Generator.Pairs[0];
        var names = rows.Where(r => r[5].StartsWith(pair.Drug, StringComparison.Ordinal)).Select(r => r[4]).Distinct().ToList();

        Assert.Contains(pair.Drug, names);
        Assert.Contains(names, n => n.Contains("MG", StringComparison.Ordinal) || n.Contains("UG", StringComparison.Ordinal) || n.Contains("ML", StringComparison.Ordinal));
        Assert.Contains(names, n => !n.Contains(pair.Drug, StringComparison.OrdinalIgnoreCase));
        Assert.True(names.Count >= 5, string.Join(" | ", names));

        var emptyShare = rows.Count(r => r[5].Length == 0) / (double)rows.Count;
        Assert.InRange(emptyShare, 0.01, 0.03);
        Assert.Contains(rows, r => r[5].Contains('\\', StringComparison.Ordinal));
    }

    [Fact]
    public void Planted_pairs_show_their_relative_risk_and_null_pairs_do_not()
    {
        var table = new TwoByTwoCounter(Quarter);
        var plantedCovered = 0;
        var nullCovered = 0;
        var planted = fixture.Generator.Pairs.Where(p => p.Kind == PlantedPairKind.Planted).ToList();
        var nulls = fixture.Generator.Pairs.Where(p => p.Kind == PlantedPairKind.Null).ToList();
        Assert.Equal(24, planted.Count);
        Assert.Equal(24, nulls.Count);

        double plantedObserved = 0, plantedExpected = 0, nullObserved = 0, nullExpected = 0;
        foreach (var pair in fixture.Generator.Pairs)
        {
            var (a, b, c, d) = table.Count(pair.Drug, pair.Event);
            var expected = (double)(a + b) * (a + c) / (a + b + c + d);
            var (low, high) = PrrInterval(a, b, c, d);
            if (pair.Kind == PlantedPairKind.Planted)
            {
                plantedObserved += a;
                plantedExpected += expected;
                plantedCovered += low <= pair.RelativeRisk && pair.RelativeRisk <= high ? 1 : 0;
                if (pair.RelativeRisk * expected >= 8)
                {
                    // Enough reports to see the effect pair by pair.
                    Assert.True(a / expected > 1.5, $"{pair.Drug}/{pair.Event}: a={a}, expected {expected:0.0}");
                }
            }
            else
            {
                nullObserved += a;
                nullExpected += expected;
                nullCovered += low <= 1 && 1 <= high ? 1 : 0;
            }
        }

        // Pooled observed/expected: planted pairs (relative risks 3–12) well above 1, null pairs within 10% of 1.
        Assert.InRange(plantedObserved / plantedExpected, 3.0, 12.0);
        Assert.InRange(nullObserved / nullExpected, 0.9, 1.1);

        // The 95% PRR interval should hold the planted relative risk (or 1 for nulls) in about 95% of pairs;
        // 20 of 24 leaves room for chance (P(fewer than 20 of 24 at 95% coverage) ≈ 0.8%).
        Assert.True(plantedCovered >= 20, $"planted RR inside the PRR 95% CI for {plantedCovered}/24 pairs");
        Assert.True(nullCovered >= 20, $"1 inside the PRR 95% CI for {nullCovered}/24 null pairs");
    }

    [Fact]
    public void Truth_file_lists_planted_then_null_pairs_in_a_simple_csv()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        fixture.Generator.WriteTruth(writer, fixture.Summary);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("drug,event,relative_risk,kind,background_rate,reports", lines[0]);
        Assert.Equal(49, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(fixture.Generator.Pairs[0].Drug, first[0]);
        Assert.Equal("planted", first[3]);
        Assert.Equal("3", first[2]);
        Assert.Equal("null", lines[^1].Split(',')[3]);
        Assert.Equal("1", lines[^1].Split(',')[2]);
    }

    [Fact]
    public void Truth_report_counts_bound_the_deduplicated_a_cell()
    {
        var table = new TwoByTwoCounter(Quarter);
        var pairs = fixture.Generator.Pairs;
        var countedHere = 0L;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (a, _, _, _) = table.Count(pairs[i].Drug, pairs[i].Event);

            // Versions and deleted cases are counted in the truth file, so it can only be higher, by a few percent.
            Assert.InRange(fixture.Summary.PairReports[i], a, (a * 1.25) + 3);
            countedHere += a;
        }

        Assert.True(countedHere > 0);
    }

    [Fact]
    public void Truth_path_sits_beside_the_zip()
    {
        Assert.Equal(Path.Combine("out", "q.truth.csv"), SyntheticQuarterGenerator.TruthPathFor(Path.Combine("out", "q.zip")));
        Assert.Equal("q.truth.csv", SyntheticQuarterGenerator.TruthPathFor("q"));
    }

    [Fact]
    public void Legacy_quarters_and_out_of_range_sizes_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Quarter = new Quarter(2010, 1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticQuarterGenerator(new SyntheticQuarterOptions { PlantedPairs = 61 }));
    }

    [Fact]
    public void Write_files_puts_the_zip_and_truth_side_by_side()
    {
        var folder = Path.Combine(Path.GetTempPath(), "causa-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var zip = Path.Combine(folder, "q.zip");
            var summary = new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = 500, Seed = 1 }).WriteFiles(zip);

            Assert.Equal(500, summary.Reports);
            Assert.True(File.Exists(zip));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(zip)!, "*.tmp"));
            Assert.StartsWith("drug,event,relative_risk,kind", File.ReadLines(Path.Combine(folder, "q.truth.csv")).First(), StringComparison.Ordinal);
            Assert.True(Causa.Faers.Download.FaersZipVerifier.Verify(zip, verifyCrc: true).IsValid);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double Low, double High) PrrInterval(long a, long b, long c, long d)
    {
        if (a == 0 || c == 0)
        {
            return (0, double.PositiveInfinity);
        }

        // PRR and its 95% CI (Evans et al. 2001), written out here independently of Causa's statistics code.
        var prr = (a / (double)(a + b)) / (c / (double)(c + d));
        var se = Math.Sqrt((1.0 / a) - (1.0 / (a + b)) + (1.0 / c) - (1.0 / (c + d)));
        return (prr * Math.Exp(-1.96 * se), prr * Math.Exp(1.96 * se));
    }

    private static byte[] Write(SyntheticQuarterOptions options)
    {
        using var buffer = new MemoryStream();
        new SyntheticQuarterGenerator(options).WriteZip(buffer);
        return buffer.ToArray();
    }
}
