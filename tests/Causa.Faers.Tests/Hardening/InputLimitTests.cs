using System.Text;
using Causa.Faers.Reading;
using Causa.Faers.Tests.Reading;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Hardening;

/// <summary>
/// The reader's work and memory are bounded by <see cref="FaersReaderOptions"/>, whatever the input holds. The
/// measured attacks (megabyte drug names, floods of blank lines, NUL bytes or repeated rows) are rebuilt here from the
/// real 2025Q4 sample at a size that keeps the tests fast; where a default limit is far above that size, the test
/// lowers it.
/// </summary>
public sealed class InputLimitTests
{
    private static FaersReadResult Read(string path, FaersReaderOptions? options = null, IProgress<FaersReadProgress>? progress = null)
        => new FaersQuarterReader(options ?? FaersReaderOptions.Default).Read(Assert.Single(FaersSourceLocator.Discover(path)), progress);

    private static byte[] Crlf(params string[] lines) => Encoding.Latin1.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static string[] Lines(byte[] table) => Encoding.Latin1.GetString(table).TrimEnd('\r', '\n').Split("\r\n");

    private static string WithField(string line, int index, string value)
    {
        var fields = line.Split('$');
        fields[index] = value;
        return string.Join('$', fields);
    }

    [Fact]
    public void Drug_names_longer_than_the_text_limit_reject_their_rows_and_never_reach_the_batch()
    {
        using var temp = new TempFolder();
        var tables = CraftedZip.SampleTables();
        var drug = Lines(tables["DRUG25Q4.txt"]);
        for (var k = 1; k <= 40; k++)
        {
            drug[k] = WithField(drug[k], 4, $"X{k:D2}" + new string('A', 2000));
        }

        tables["DRUG25Q4.txt"] = Crlf(drug);
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), tables);

        var result = Read(zip);

        Assert.True(result.Succeeded, result.Error?.ToString());
        var account = result.Batch.Reconciliation.Single(r => r.Table == Core.Ingest.FaersTable.Drug);
        Assert.Equal(40, account.RowsRejected);
        Assert.Equal(40, account.RejectionsByReason["value too long"]);
        Assert.Contains("drugname has 2,003 bytes, more than the 1,024 allowed", account.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Equal(drug.Length - 1 - 40, result.Batch.Drugs.Count);
        Assert.All(result.Batch.Drugs, d => Assert.True(d.DrugName.Length <= 1024));
    }

    [Fact]
    public void A_field_longer_than_any_FAERS_field_rejects_its_row_even_in_a_column_that_is_not_kept()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", CraftedZip.SampleFolder));
        var demo = Lines(File.ReadAllBytes(temp.File("DEMO25Q4.txt")));
        var litRef = Array.IndexOf(demo[0].Split('$'), "lit_ref");
        demo[3] = WithField(demo[3], litRef, new string('L', 5000));
        File.WriteAllBytes(temp.File("DEMO25Q4.txt"), Crlf(demo));

        var result = Read(temp.Path);

        Assert.True(result.Succeeded, result.Error?.ToString());
        var rejection = Assert.Single(result.Batch.Reconciliation.Single(r => r.Table == Core.Ingest.FaersTable.Demo).Rejections);
        Assert.Equal(4, rejection.Line);
        Assert.StartsWith("value too long: lit_ref has 5,000 bytes, more than the 4,096", rejection.Reason, StringComparison.Ordinal);
        Assert.True(rejection.Reason.Length < 300);
    }

    [Fact]
    public void Megabyte_drug_names_in_a_small_zip_are_refused_before_anything_is_inflated()
    {
        using var temp = new TempFolder();
        var tables = CraftedZip.SampleTables();
        var drug = Lines(tables["DRUG25Q4.txt"]);
        for (var k = 1; k <= 8; k++)
        {
            drug[k] = WithField(drug[k], 4, $"X{k:D2}" + new string('A', 2 << 20));
        }

        tables["DRUG25Q4.txt"] = Crlf(drug);
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), tables);
        var progress = new RecordingProgress();

        var result = Read(zip, progress: progress);

        Assert.Equal(FaersReadErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.Equal(zip + "!DRUG25Q4.txt", result.Error.File);
        Assert.Contains("to 1", result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public void A_line_longer_than_the_line_limit_ends_the_read_naming_the_line()
    {
        using var temp = new TempFolder();
        var tables = CraftedZip.SampleTables();
        var reac = Lines(tables["REAC25Q4.txt"]);
        var random = new Random(5);
        reac[7] = WithField(reac[7], 2, string.Concat(Enumerable.Range(0, 100_000).Select(_ => (char)('a' + random.Next(26)))));
        tables["REAC25Q4.txt"] = Crlf(reac);
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), tables);

        var result = Read(zip);

        Assert.Equal(FaersReadErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.Equal(zip + "!REAC25Q4.txt", result.Error.File);
        Assert.Equal(8, result.Error.Line);
        Assert.Contains("longer than 65,536 bytes", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\0")]
    [InlineData("   \t\r\n")]
    public void A_flood_of_blank_lines_or_NUL_bytes_is_refused_from_the_zip_directory_before_anything_is_inflated(string unit)
    {
        using var temp = new TempFolder();
        var tables = CraftedZip.SampleTables();
        var flood = new StringBuilder(Encoding.Latin1.GetString(tables["REAC25Q4.txt"]));
        while (flood.Length < 8 << 20)
        {
            flood.Append(unit);
        }

        tables["REAC25Q4.txt"] = Encoding.Latin1.GetBytes(flood.ToString());
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), tables);
        var progress = new RecordingProgress();

        var result = Read(zip, progress: progress);

        Assert.Equal(FaersReadErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.Equal(zip + "!REAC25Q4.txt", result.Error.File);
        Assert.Contains("more than the 40 to 1 allowed", result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public void Repeated_identical_rows_are_refused_by_the_compression_ratio_and_beyond_it_by_the_row_limit()
    {
        using var temp = new TempFolder();
        var tables = CraftedZip.SampleTables();
        var drug = Lines(tables["DRUG25Q4.txt"]);
        tables["DRUG25Q4.txt"] = Crlf([drug[0], .. Enumerable.Repeat(drug[1], 200_000)]);
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), tables);

        var byRatio = Read(zip);
        var byRows = Read(zip, new FaersReaderOptions { MaxCompressionRatio = 100_000, MaxRowsPerTable = 50_000 });

        Assert.Equal(FaersReadErrorKind.LimitExceeded, byRatio.Error!.Kind);
        Assert.Contains("to 1", byRatio.Error.Message, StringComparison.Ordinal);
        Assert.Equal(FaersReadErrorKind.LimitExceeded, byRows.Error!.Kind);
        Assert.Equal(zip + "!DRUG25Q4.txt", byRows.Error.File);
        Assert.Equal(50_002, byRows.Error.Line);
        Assert.Contains("more than 50,000 rows in one table", byRows.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_or_a_quarter_larger_than_its_size_limit_is_refused_before_it_is_read()
    {
        using var temp = new TempFolder();
        var zip = CraftedZip.Write(temp.File("faers_ascii_2025q4.zip"), CraftedZip.SampleTables());
        var drugLength = CraftedZip.DeclaredLength(zip, "DRUG25Q4.txt");
        var folder = TestData.PathOf("faers", CraftedZip.SampleFolder);
        var quarterLength = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);

        var zipTable = Read(zip, new FaersReaderOptions { MaxTableBytes = drugLength - 1 });
        var folderTable = Read(folder, new FaersReaderOptions { MaxTableBytes = drugLength - 1 });
        var quarter = Read(zip, new FaersReaderOptions { MaxQuarterBytes = quarterLength - 1 });

        Assert.Equal(FaersReadErrorKind.LimitExceeded, zipTable.Error!.Kind);
        Assert.Equal(zip + "!DRUG25Q4.txt", zipTable.Error.File);
        Assert.Equal(FaersReadErrorKind.LimitExceeded, folderTable.Error!.Kind);
        Assert.Equal(Path.Combine(folder, "DRUG25Q4.txt"), folderTable.Error.File);
        Assert.Equal(FaersReadErrorKind.LimitExceeded, quarter.Error!.Kind);
        Assert.Equal(zip, quarter.Error.File);
        Assert.True(Read(zip, new FaersReaderOptions { MaxTableBytes = drugLength, MaxQuarterBytes = quarterLength }).Succeeded);
    }

    [Fact]
    public void A_header_with_10000_columns_exceeds_the_column_limit()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", CraftedZip.SampleFolder));
        var reac = Lines(File.ReadAllBytes(temp.File("REAC25Q4.txt")));
        reac[0] += string.Concat(Enumerable.Repeat("$x", 10_000 - 4));
        File.WriteAllBytes(temp.File("REAC25Q4.txt"), Crlf(reac));

        var result = Read(temp.Path);

        Assert.Equal(FaersReadErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.Equal(temp.File("REAC25Q4.txt"), result.Error.File);
        Assert.Equal(1, result.Error.Line);
        Assert.StartsWith("the header has 10,000 columns, more than the 64 allowed", result.Error.Message, StringComparison.Ordinal);
        Assert.True(result.Error.Message.Length < 400, $"{result.Error.Message.Length} characters");
    }

    [Fact]
    public void More_distinct_text_values_than_the_limit_end_the_read()
    {
        var folder = TestData.PathOf("faers", CraftedZip.SampleFolder);

        var result = Read(folder, new FaersReaderOptions { MaxDistinctStrings = 500 });

        Assert.Equal(FaersReadErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.Contains("more than 500 distinct text values", result.Error.Message, StringComparison.Ordinal);
        Assert.True(Read(folder, new FaersReaderOptions { MaxDistinctStrings = 100_000 }).Succeeded);
    }

    [Fact]
    public void More_rows_in_a_quarter_than_its_limit_end_the_read()
    {
        var folder = TestData.PathOf("faers", CraftedZip.SampleFolder);

        var result = Read(folder, new FaersReaderOptions { MaxRowsPerQuarter = 10_000 });

        Assert.Equal(FaersReadErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.Contains("more than 10,000 rows in the quarter's tables together", result.Error.Message, StringComparison.Ordinal);
        Assert.True(Read(folder, new FaersReaderOptions { MaxRowsPerQuarter = 30_000 }).Succeeded);
    }

    [Fact]
    public void More_characters_of_distinct_text_than_the_limit_end_the_read()
    {
        var folder = TestData.PathOf("faers", CraftedZip.SampleFolder);

        var result = Read(folder, new FaersReaderOptions { MaxDistinctTextLength = 10_000 });

        Assert.Equal(FaersReadErrorKind.LimitExceeded, result.Error!.Kind);
        Assert.Contains("more than 10,000 characters of distinct text values", result.Error.Message, StringComparison.Ordinal);
        Assert.True(Read(folder, new FaersReaderOptions { MaxDistinctTextLength = 1_000_000 }).Succeeded);
    }

    [Fact]
    public void The_default_limits_are_far_above_what_the_real_samples_need()
    {
        foreach (var sample in new[] { "faers_ascii_2017q2_sample.zip", "faers_ascii_2022Q4_sample.zip", "aers_ascii_2004q1_sample.zip", CraftedZip.SampleFolder, "ubesp_2012q4_tiny", "ubesp_2020q3_first10k" })
        {
            var result = Read(TestData.PathOf("faers", sample));

            Assert.True(result.Succeeded, result.Error?.ToString());
            Assert.DoesNotContain(result.Batch.Reconciliation, r => r.RejectionsByReason.ContainsKey("value too long") || r.RejectionsByReason.ContainsKey("binary data"));
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Out_of_range_options_are_refused(double share)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FaersQuarterReader(new FaersReaderOptions { MaxRejectedShare = share }));

    private sealed class RecordingProgress : IProgress<FaersReadProgress>
    {
        public List<FaersReadProgress> Reports { get; } = [];

        public void Report(FaersReadProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }
}
