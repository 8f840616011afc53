using System.IO.Compression;
using System.Text;
using Causa.Faers.Synthetic;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Synthetic;

/// <summary>
/// The calibration step: recomputes from the real 2025Q4 sample every constant in <see cref="SyntheticCalibration"/>,
/// so the constants are shown to come from the data, and checks that generated quarters reproduce the real mix.
/// </summary>
[Collection(GeneratedQuarterCollection.Name)]
public sealed class CalibrationTests(GeneratedQuarterFixture fixture)
{
    private static readonly Lazy<Sample> Real = new(() => new Sample());

    [Fact]
    public void Rows_per_report_histograms_are_the_samples()
    {
        Assert.Equal(Real.Value.Histogram("DRUG", 30), SyntheticCalibration.DrugsPerReport);
        Assert.Equal(Real.Value.Histogram("REAC", 30), SyntheticCalibration.ReactionsPerReport);
    }

    [Fact]
    public void Role_mix_is_the_samples()
    {
        var drug = Real.Value.Rows("DRUG");
        string[] roles = ["PS", "SS", "C", "I"];
        var first = roles.Select(r => (double)drug.Count(x => x[2] == "1" && x[3] == r)).ToArray();
        var other = roles.Select(r => (double)drug.Count(x => x[2] != "1" && x[3] == r)).ToArray();

        Assert.Equal(first, SyntheticCalibration.FirstDrugRoles);
        Assert.Equal(other, SyntheticCalibration.OtherDrugRoles);
    }

    [Fact]
    public void Demographic_and_report_mixes_are_the_samples_per_mille()
    {
        var demo = Real.Value.Rows("DEMO");
        Assert.Equal(PerMille(demo, 16, ["F", "M", ""]), SyntheticCalibration.Sex);
        Assert.Equal(PerMille(demo, 14, ["YR", "", "DEC", "MON", "WK"]), SyntheticCalibration.AgeCode);
        Assert.Equal(PerMille(demo, 22, SyntheticCalibration.OccupationCodes), SyntheticCalibration.Occupation);
        Assert.Equal(PerMille(demo, 8, SyntheticCalibration.ReportCodes), SyntheticCalibration.ReportCode);
        Assert.Equal(PerMille(demo, 23, SyntheticCalibration.CountryCodes), SyntheticCalibration.Country);
        Assert.Equal(SyntheticCalibration.InitialShare, Share(demo, r => r[3] == "I"), 3);
        Assert.Equal(SyntheticCalibration.WeightShare, Share(demo, r => r[18].Length > 0), 3);
        Assert.Equal(SyntheticCalibration.EventDateShare, Share(demo, r => r[4].Length > 0), 3);
        Assert.Equal(SyntheticCalibration.ElectronicShare, Share(demo, r => r[17] == "Y"), 3);
        Assert.Equal(SyntheticCalibration.OccurrenceCountryEmpty, Share(demo, r => r[24].Length == 0), 3);
        Assert.Equal([175, 69, 34, 16, 8, 10, 6, 2, 29], Enumerable.Range(2, 9).Select(v => (double)demo.Count(r => Math.Min(int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), 10) == v)));
    }

    [Fact]
    public void Age_percentiles_are_the_samples()
    {
        var ages = Real.Value.Rows("DEMO").Where(r => r[14] == "YR" && r[13].Length > 0)
            .Select(r => double.Parse(r[13], System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        var percentiles = Enumerable.Range(0, 20).Select(i => ages[ages.Length * i / 20]).Append(ages[^1]);

        Assert.Equal(percentiles, SyntheticCalibration.AgeYearPercentiles);
    }

    [Fact]
    public void Drug_table_mixes_are_the_samples()
    {
        var drug = Real.Value.Rows("DRUG");
        Assert.Equal(PerTenThousand(drug, 11, CaseSynthesizer.DechallengeCodes), SyntheticCalibration.Dechallenge);
        Assert.Equal(PerTenThousand(drug, 12, CaseSynthesizer.RechallengeCodes), SyntheticCalibration.Rechallenge);
        Assert.Equal(SyntheticCalibration.EmptyActiveIngredientShare, Share(drug, r => r[5].Length == 0), 4);
        Assert.Equal(SyntheticCalibration.RouteEmptyShare, Share(drug, r => r[7].Length == 0), 4);
        Assert.Equal(SyntheticCalibration.RouteUnknownShare, Share(drug, r => r[7] == "Unknown"), 4);
        Assert.Equal(SyntheticCalibration.DoseShare, Share(drug, r => r[17].Length > 0), 4);
        Assert.Equal(SyntheticCalibration.DoseFormShare, Share(drug, r => r[18].Length > 0), 4);
        Assert.Equal(SyntheticCalibration.DoseFrequencyShare, Share(drug, r => r[19].Length > 0), 4);
        Assert.Equal(SyntheticCalibration.VerbatimShare, Share(drug, r => r[6] == "1"), 4);
    }

    [Fact]
    public void Outcome_indication_therapy_and_source_mixes_are_the_samples()
    {
        var sample = Real.Value;
        var drugRows = sample.Rows("DRUG").Count;
        var outc = sample.Rows("OUTC");
        var perReport = outc.GroupBy(r => r[0]).Select(g => g.Count()).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => (double)perReport.Count(c => c == n)), SyntheticCalibration.OutcomesPerReport);
        Assert.Equal(SyntheticCalibration.OutcomeCodes.Select(c => Math.Round(10000.0 * outc.Count(r => r[2] == c) / outc.Count)), SyntheticCalibration.OutcomeCode);

        var indi = sample.Rows("INDI");
        var perDrug = indi.GroupBy(r => (r[0], r[2])).Select(g => g.Count()).ToList();
        Assert.Equal(SyntheticCalibration.IndicationShare, perDrug.Count / (double)drugRows, 3);
        Assert.Equal(Enumerable.Range(1, 4).Select(n => (double)perDrug.Count(c => c == n)), SyntheticCalibration.IndicationsPerDrug);
        Assert.Equal(SyntheticCalibration.UnknownIndicationShare, Share(indi, r => r[3] == "Product used for unknown indication"), 3);

        var therapies = sample.Rows("THER").Select(r => (r[0], r[2])).Distinct().Count();
        Assert.Equal(SyntheticCalibration.TherapyShare, therapies / (double)drugRows, 4);
        Assert.Equal(SyntheticCalibration.ReportSourceShare, sample.Rows("RPSR").Count / 1000.0, 4);
    }

    [Fact]
    public void Generated_quarter_reproduces_the_real_mix()
    {
        var demo = fixture.Parsed.Table("ASCII/DEMO31Q1.txt").Rows;
        var drug = fixture.Parsed.Table("ASCII/DRUG31Q1.txt").Rows;
        var real = Real.Value;

        // Shares measured on the real sample, reproduced within two percentage points (60,000 generated reports).
        Assert.Equal(Share(real.Rows("DEMO"), r => r[16] == "F"), Share(demo, r => r[16] == "F"), 0.02);
        Assert.Equal(Share(real.Rows("DEMO"), r => r[22] == "CN"), Share(demo, r => r[22] == "CN"), 0.02);
        Assert.Equal(Share(real.Rows("DEMO"), r => r[23] == "US"), Share(demo, r => r[23] == "US"), 0.02);
        Assert.Equal(Share(real.Rows("DEMO"), r => r[3] == "I"), Share(demo, r => r[3] == "I"), 0.03);
        Assert.Equal(Share(real.Rows("DRUG"), r => r[3] == "C"), Share(drug, r => r[3] == "C"), 0.04);
        Assert.Equal(Share(real.Rows("DRUG"), r => r[11] == "D"), Share(drug, r => r[11] == "D"), 0.02);
        var outc = fixture.Parsed.Table("ASCII/OUTC31Q1.txt").Rows;
        // Codes are distinct within a report (as in FDA's files), which lifts the rarer codes a little: 3 points.
        Assert.Equal(Share(real.Rows("OUTC"), r => r[2] == "HO"), Share(outc, r => r[2] == "HO"), 0.03);
        var indi = fixture.Parsed.Table("ASCII/INDI31Q1.txt").Rows;
        Assert.Equal(Share(real.Rows("INDI"), r => r[3] == "Product used for unknown indication"), Share(indi, r => r[3] == "Product used for unknown indication"), 0.02);
    }

    [Fact]
    public void Every_vocabulary_term_occurs_in_the_real_samples()
    {
        var reac = Real.Value.AllTerms("REAC", "pt");
        var indi = Real.Value.AllTerms("INDI", "indi_pt");

        Assert.All(TermVocabulary.Reactions.Terms, t => Assert.Contains(t, reac));
        Assert.All(TermVocabulary.Indications.Terms, t => Assert.Contains(t, indi));
        Assert.Equal("Product used for unknown indication", TermVocabulary.Indications.Terms[0]);
    }

    [Theory]
    [InlineData(42)]
    [InlineData(1)]
    [InlineData(2026)]
    public void Fictional_names_are_not_real_drug_names(int seed)
    {
        var real = Real.Value.RealDrugWords();
        var catalog = FictionalCatalog.Create(seed, 2500, TermVocabulary.Indications);
        var clashes = catalog.Products.SelectMany(p => p.Ingredients.Append(p.Brand ?? string.Empty)).Where(real.Contains).Distinct().ToList();

        Assert.True(real.Count > 1000);
        Assert.True(clashes.Count == 0, string.Join(", ", clashes));
    }

    private static double Share(List<string[]> rows, Func<string[], bool> predicate) => rows.Count(predicate) / (double)rows.Count;

    private static double[] PerMille(List<string[]> rows, int column, string[] codes) =>
        [.. codes.Select(c => Math.Round(1000.0 * rows.Count(r => r[column] == c) / rows.Count))];

    private static double[] PerTenThousand(List<string[]> rows, int column, string[] codes) =>
        [.. codes.Select(c => Math.Round(10000.0 * rows.Count(r => r[column] == c) / rows.Count))];

    /// <summary>The real 2025Q4 sample (and, for vocabulary checks, the other FAERS samples), read naively.</summary>
    private sealed class Sample
    {
        private readonly Dictionary<string, List<string[]>> _tables = [];

        public Sample()
        {
            foreach (var table in new[] { "DEMO", "DRUG", "REAC", "OUTC", "RPSR", "THER", "INDI" })
            {
                var path = TestData.PathOf("faers", "nico8270_2025q4_sample1000", $"{table}25Q4.txt");
                _tables[table] = [.. File.ReadAllText(path, Encoding.Latin1).Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split('$'))];
            }
        }

        public List<string[]> Rows(string table) => _tables[table];

        public int[] Histogram(string table, int buckets)
        {
            var counts = new int[buckets];
            foreach (var group in _tables[table].GroupBy(r => r[0]))
            {
                counts[Math.Min(group.Count(), buckets) - 1]++;
            }

            return counts;
        }

        public HashSet<string> AllTerms(string table, string column)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in SampleTexts(table))
            {
                var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
                var header = lines[0].TrimStart('\uFEFF').Split('$').Select(h => h.Trim().ToLowerInvariant()).ToList();
                var index = header.IndexOf(column);
                foreach (var line in lines.Skip(1))
                {
                    var fields = line.Split('$');
                    if (index >= 0 && fields.Length > index)
                    {
                        terms.Add(fields[index].Trim());
                    }
                }
            }

            return terms;
        }

        public HashSet<string> RealDrugWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in SampleTexts("DRUG"))
            {
                foreach (var line in text.Split('\n').Skip(1))
                {
                    foreach (var field in line.Split('$').Skip(4).Take(2))
                    {
                        foreach (var word in field.ToUpperInvariant().Split([' ', '\\', '/', ',', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries))
                        {
                            words.Add(word);
                        }
                    }
                }
            }

            return words;
        }

        private static IEnumerable<string> SampleTexts(string table)
        {
            yield return File.ReadAllText(TestData.PathOf("faers", "nico8270_2025q4_sample1000", $"{table}25Q4.txt"), Encoding.Latin1);
            var folder = TestData.PathOf("faers", "ubesp_2020q3_first10k", $"{table}20Q3-10000.txt");
            if (File.Exists(folder))
            {
                yield return File.ReadAllText(folder, Encoding.Latin1);
            }

            foreach (var zip in new[] { "faers_ascii_2017q2_sample.zip", "faers_ascii_2022Q4_sample.zip" })
            {
                using var archive = ZipFile.OpenRead(TestData.PathOf("faers", zip));
                var entry = archive.Entries.Single(e => e.Name.StartsWith(table, StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
                using var reader = new StreamReader(entry.Open(), Encoding.Latin1);
                yield return reader.ReadToEnd();
            }
        }
    }
}
