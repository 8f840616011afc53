using System.IO.Compression;
using System.Text;
using Causa.Core.Ingest;
using Causa.Faers.Reading;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Reading;

/// <summary>Damaged or incomplete inputs, generated from the real samples at test time, each giving its specific error.</summary>
public sealed class MalformedInputTests
{
    private const string Sample2025 = "nico8270_2025q4_sample1000";

    [Theory]
    [InlineData("faers_ascii_2017q2_sample.zip")]
    [InlineData("faers_ascii_2022Q4_sample.zip")]
    [InlineData("aers_ascii_2004q1_sample.zip")]
    public void A_zip_truncated_at_any_of_several_offsets_is_a_truncated_or_corrupt_archive_error_naming_the_zip(string sample)
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(TestData.PathOf("faers", sample));
        long[] offsets = [0, 1, 4, 30, 100, 1000, original.Length / 3, original.Length / 2, original.Length - 200, original.Length - 23, original.Length - 1];

        foreach (var offset in offsets)
        {
            var path = temp.File($"cut_{offset}_" + sample);
            File.WriteAllBytes(path, original.AsSpan(0, (int)offset).ToArray());

            var source = Assert.Single(FaersSourceLocator.Discover(path));
            var result = new FaersQuarterReader().Read(source);

            Assert.False(result.Succeeded, $"offset {offset}");
            Assert.Contains(result.Error.Kind, new[] { FaersReadErrorKind.TruncatedArchive, FaersReadErrorKind.CorruptArchive });
            Assert.StartsWith(path, result.Error.File, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_zip_cut_at_every_97th_byte_never_crashes_and_always_names_the_zip()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2017q2_sample.zip"));
        var path = temp.File("faers_ascii_2017q2.zip");

        for (var offset = 0; offset < original.Length; offset += 97)
        {
            File.WriteAllBytes(path, original.AsSpan(0, offset).ToArray());

            var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(path)));

            Assert.False(result.Succeeded, $"offset {offset}");
            Assert.Equal(FaersReadErrorKind.TruncatedArchive, result.Error.Kind);
            Assert.Equal(path, result.Error.File);
        }
    }

    [Fact]
    public void A_zip_cut_before_its_end_record_is_reported_as_truncated()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2017q2_sample.zip"));
        var path = temp.File("faers_ascii_2017q2.zip");
        File.WriteAllBytes(path, original.AsSpan(0, original.Length / 2).ToArray());

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(path)));

        Assert.Equal(FaersReadErrorKind.TruncatedArchive, result.Error!.Kind);
        Assert.Equal(path, result.Error.File);
    }

    [Fact]
    public void A_zip_with_damaged_compressed_data_is_a_corrupt_archive_error_naming_the_entry()
    {
        using var temp = new TempFolder();
        var path = temp.File("faers_ascii_2025q4.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var file in Directory.GetFiles(TestData.PathOf("faers", Sample2025)))
            {
                archive.CreateEntryFromFile(file, "ASCII/" + Path.GetFileName(file), CompressionLevel.Optimal);
            }
        }

        // Overwrite the middle of DRUG25Q4.txt's compressed data (the entry with the most data) with garbage.
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes("ASCII/DRUG25Q4.txt");
        var local = bytes.AsSpan().IndexOf(name);
        Assert.True(local > 0);
        for (var i = local + name.Length + 2000; i < local + name.Length + 2400; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        File.WriteAllBytes(path, bytes);

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(path)));

        Assert.False(result.Succeeded);
        Assert.Equal(FaersReadErrorKind.CorruptArchive, result.Error.Kind);
        Assert.Equal(path + "!ASCII/DRUG25Q4.txt", result.Error.File);
    }

    [Fact]
    public void DEMO_without_caseid_is_a_missing_column_error_on_its_header_line()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        var demo = temp.File("DEMO25Q4.txt");
        var lines = File.ReadAllLines(demo, Encoding.Latin1);
        lines[0] = lines[0].Replace("$caseid$", "$case_number$", StringComparison.Ordinal);
        File.WriteAllLines(demo, lines, Encoding.Latin1);

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

        Assert.Equal(FaersReadErrorKind.MissingColumn, result.Error!.Kind);
        Assert.Equal(demo, result.Error.File);
        Assert.Equal(1, result.Error.Line);
        Assert.Contains("required column 'caseid' (or 'case') not found", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_dollar_on_a_FAERS_row_rejects_that_row_only_with_file_line_and_field_counts()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        var drug = temp.File("DRUG25Q4.txt");
        var lines = File.ReadAllLines(drug, Encoding.Latin1);
        lines[4] = lines[4].Insert(lines[4].IndexOf('$', StringComparison.Ordinal), "$"); // physical line 5
        File.WriteAllLines(drug, lines, Encoding.Latin1);

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

        Assert.True(result.Succeeded, result.Error?.ToString());
        var account = result.Batch.Reconciliation.Single(r => r.Table == FaersTable.Drug);
        Assert.Equal(6291, account.RowsRead);
        Assert.Equal(6290, account.RowsAccepted);
        var rejection = Assert.Single(account.Rejections);
        Assert.Equal(new RowRejection(drug, 5, "wrong field count: expected 20 fields, found 21"), rejection);
        Assert.Equal(1, account.RejectionsByReason["wrong field count"]);
        Assert.Equal(6290, result.Batch.Drugs.Count);
    }

    [Fact]
    public void A_zero_byte_DEMO_file_is_an_empty_file_error_naming_it()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        var demo = temp.File("DEMO25Q4.txt");
        File.WriteAllBytes(demo, []);

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

        Assert.Equal(FaersReadErrorKind.EmptyFile, result.Error!.Kind);
        Assert.Equal(demo, result.Error.File);
    }

    [Fact]
    public void A_header_only_table_is_valid_and_empty()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        var reac = temp.File("REAC25Q4.txt");
        File.WriteAllText(reac, "primaryid$caseid$pt$drug_rec_act\r\n");

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Empty(result.Batch.Reactions);
        Assert.Equal(0, result.Batch.Reconciliation.Single(r => r.Table == FaersTable.Reac).RowsRead);
    }

    [Fact]
    public void A_quarter_without_REAC_is_a_missing_table_error()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        File.Delete(temp.File("REAC25Q4.txt"));

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

        Assert.Equal(FaersReadErrorKind.MissingTable, result.Error!.Kind);
        Assert.Equal(temp.Path, result.Error.File);
        Assert.Contains("REAC25Q4.txt", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_that_is_not_dollar_delimited_is_not_FAERS()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        var drug = temp.File("DRUG25Q4.txt");
        File.WriteAllText(drug, "primaryid,caseid,drug_seq\n1,2,3\n");

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

        Assert.Equal(FaersReadErrorKind.NotFaers, result.Error!.Kind);
        Assert.Equal(drug, result.Error.File);
    }

    [Fact]
    public void A_zip_without_FAERS_tables_is_reported_by_discovery_as_not_FAERS()
    {
        using var temp = new TempFolder();
        var path = temp.File("holiday_photos_2024q1.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("not FAERS");
        }

        var discovery = FaersSourceLocator.Locate(path);

        Assert.Empty(discovery.Sources);
        var problem = Assert.Single(discovery.Problems);
        Assert.Equal(FaersReadErrorKind.NotFaers, problem.Kind);
        Assert.Equal(path, problem.File);
    }

    [Fact]
    public void A_missing_path_is_reported_as_not_found()
    {
        var missing = Path.Combine(Path.GetTempPath(), "causa-no-such-" + Guid.NewGuid().ToString("N"), "faers_ascii_2024q4.zip");

        var discovery = FaersSourceLocator.Locate(missing);

        Assert.Empty(discovery.Sources);
        Assert.Equal(FaersReadErrorKind.NotFound, Assert.Single(discovery.Problems).Kind);
    }

    [Fact]
    public void A_source_whose_files_vanished_after_discovery_is_not_found()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        var source = Assert.Single(FaersSourceLocator.Discover(temp.Path));
        File.Delete(temp.File("DRUG25Q4.txt"));

        var result = new FaersQuarterReader().Read(source);

        Assert.Equal(FaersReadErrorKind.NotFound, result.Error!.Kind);
        Assert.Equal(temp.File("DRUG25Q4.txt"), result.Error.File);
    }

    [Fact]
    public void Randomly_damaged_tables_never_throw_and_every_line_stays_accounted_for()
    {
        var random = new Random(421);
        byte[] damage = [(byte)'$', (byte)'\n', (byte)'\r', (byte)' ', 0x00, 0x92, 0xC3, (byte)'x', (byte)'7'];
        for (var trial = 0; trial < 12; trial++)
        {
            using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
            foreach (var table in new[] { "DEMO25Q4.txt", "DRUG25Q4.txt", "REAC25Q4.txt", "THER25Q4.txt", "DELETE25Q4.txt" })
            {
                var path = temp.File(table);
                var bytes = File.ReadAllBytes(path);
                for (var hit = 0; hit < 200; hit++)
                {
                    bytes[random.Next(bytes.Length)] = damage[random.Next(damage.Length)];
                }

                File.WriteAllBytes(path, bytes);
            }

            var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

            if (!result.Succeeded)
            {
                // Damage to a header can remove a required column, put a CR or NUL byte inside the header line
                // (which no FAERS header holds), or change its column count so that every row is rejected; that
                // must be the reported error.
                var header = RawText.Lines(File.ReadAllBytes(result.Error.File))[0].TrimEnd('\r');
                var original = RawText.Lines(File.ReadAllBytes(TestData.PathOf("faers", Sample2025, Path.GetFileName(result.Error.File))))[0].TrimEnd('\r');
                var expected = header.Contains('\r', StringComparison.Ordinal) || header.Contains('\0', StringComparison.Ordinal)
                    ? FaersReadErrorKind.NotFaers
                    : header.Count(c => c == '$') != original.Count(c => c == '$')
                        ? FaersReadErrorKind.TooManyRejectedRows
                        : FaersReadErrorKind.MissingColumn;
                Assert.Equal(expected, result.Error.Kind);
                continue;
            }

            foreach (var account in result.Batch.Reconciliation.Where(a => a.File is not null))
            {
                Assert.Equal(account.RowsRead, account.RowsAccepted + account.RowsRejected);
                var lines = result.Lines.Single(l => l.Table == account.Table);
                Assert.Equal(RawText.Lines(File.ReadAllBytes(account.File!)).Length, lines.PhysicalLines);
                Assert.Equal(lines.PhysicalLines, lines.HeaderLines + lines.BlankLines + account.RowsRead + lines.ContinuationLines);
            }

            Assert.DoesNotContain(result.Batch.Drugs, d => d.DrugName.Contains('\uFFFD', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Two_DEMO_files_for_one_quarter_are_ambiguous()
    {
        using var temp = new TempFolder().CopyFrom(TestData.PathOf("faers", Sample2025));
        File.Copy(temp.File("DEMO25Q4.txt"), temp.File("demo25q4-copy.txt"));

        var result = new FaersQuarterReader().Read(Assert.Single(FaersSourceLocator.Discover(temp.Path)));

        Assert.Equal(FaersReadErrorKind.AmbiguousTable, result.Error!.Kind);
    }
}
