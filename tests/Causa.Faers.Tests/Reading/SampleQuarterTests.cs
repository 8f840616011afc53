using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Faers.Reading;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Reading;

/// <summary>The real samples under shared/data/faers, each read in full and checked against independent counts.</summary>
public sealed class SampleQuarterTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { "aers_ascii_2004q1_sample.zip", "2004Q1" },
        { "ubesp_2012q4_tiny", "2012Q4" },
        { "faers_ascii_2017q2_sample.zip", "2017Q2" },
        { "ubesp_2020q3_first10k", "2020Q3" },
        { "faers_ascii_2022Q4_sample.zip", "2022Q4" },
        { "nico8270_2025q4_sample1000", "2025Q4" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_reads_with_a_reconciliation_that_sums_and_matches_raw_line_counts(string sample, string quarter)
    {
        var path = TestData.PathOf("faers", sample);
        var sources = FaersSourceLocator.Discover(path);

        var source = Assert.Single(sources);
        Assert.Equal(quarter, source.Quarter.ToString());
        var result = new FaersQuarterReader().Read(source);

        Assert.True(result.Succeeded, result.Error?.ToString());
        var batch = result.Batch;
        Assert.Equal(8, batch.Reconciliation.Count);
        Assert.Equal(Enum.GetValues<FaersTable>(), batch.Reconciliation.Select(r => r.Table));
        foreach (var account in batch.Reconciliation)
        {
            Assert.Equal(account.RowsRead, account.RowsAccepted + account.RowsRejected);
            if (account.File is null)
            {
                Assert.Equal(0, account.RowsRead);
                Assert.NotEmpty(account.Warnings);
                continue;
            }

            var bytes = source.Kind == FaersSourceKind.Zip ? RawText.ZipEntry(source.Path, account.File) : File.ReadAllBytes(account.File);
            Assert.Equal(RawText.DataRows(bytes, hasHeader: account.Table != FaersTable.Delete), account.RowsRead);
            var lines = Assert.Single(result.Lines, l => l.Table == account.Table);
            Assert.Equal(RawText.Lines(bytes).Length, lines.PhysicalLines);
            Assert.Equal(lines.PhysicalLines, lines.HeaderLines + lines.BlankLines + account.RowsRead + lines.ContinuationLines);
            Assert.Equal(0, lines.ContinuationLines);
        }

        Assert.Equal(Accepted(batch, FaersTable.Demo), batch.Reports.Count);
        Assert.Equal(Accepted(batch, FaersTable.Drug), batch.Drugs.Count);
        Assert.Equal(Accepted(batch, FaersTable.Reac), batch.Reactions.Count);
        Assert.Equal(Accepted(batch, FaersTable.Outc), batch.Outcomes.Count);
        Assert.Equal(Accepted(batch, FaersTable.Rpsr), batch.ReportSources.Count);
        Assert.Equal(Accepted(batch, FaersTable.Ther), batch.Therapies.Count);
        Assert.Equal(Accepted(batch, FaersTable.Indi), batch.Indications.Count);
        Assert.Equal(Accepted(batch, FaersTable.Delete), batch.DeletedCaseIds.Count);
        Assert.Equal(source.TotalBytes, batch.BytesRead);
    }

    [Fact]
    public void The_2025Q4_sample_matches_the_counts_in_PROVENANCE()
    {
        var batch = ReadSample("nico8270_2025q4_sample1000");

        // PROVENANCE.md: 1,000 reports; DRUG 6,291, REAC 4,275, INDI 4,019, THER 1,504, OUTC 1,312, RPSR 31; 4,497 deleted caseids.
        Assert.Equal(1000, batch.Reports.Count);
        Assert.Equal(6291, batch.Drugs.Count);
        Assert.Equal(4275, batch.Reactions.Count);
        Assert.Equal(4019, batch.Indications.Count);
        Assert.Equal(1504, batch.Therapies.Count);
        Assert.Equal(1312, batch.Outcomes.Count);
        Assert.Equal(31, batch.ReportSources.Count);
        Assert.Equal(4497, batch.DeletedCaseIds.Count);
        Assert.All(batch.Reconciliation, r => Assert.Equal(0, r.RowsRejected));
    }

    [Fact]
    public void The_2025Q4_pandas_artefacts_are_accepted_as_numbers_and_dates()
    {
        var batch = ReadSample("nico8270_2025q4_sample1000");

        // First DEMO row: 1100310642$11003106$42$F$20141226.0$...$61.0$YR$$M$...$HP$CA$CA
        var first = batch.Reports[0];
        Assert.Equal(1100310642, first.PrimaryId);
        Assert.Equal(11003106, first.CaseId);
        Assert.Equal(42, first.CaseVersion);
        Assert.Equal(PartialDate.FromParts(2014, 12, 26), first.EventDate);
        Assert.Equal(PartialDate.FromParts(2025, 12, 4), first.FdaDate);
        Assert.Equal(61f, first.AgeYears);
        Assert.Equal(Sex.Male, first.Sex);
        Assert.Equal(ReporterType.HealthProfessional, first.Reporter);
        Assert.Equal("CA", first.ReporterCountry);
        Assert.Equal(2, first.Line);

        // First THER row: 1100310642$11003106$1$20140812.0$$$
        Assert.Equal(new TherapyRow(1100310642, 1, PartialDate.FromParts(2014, 8, 12), PartialDate.None), batch.Therapies[0]);
    }

    [Fact]
    public void The_2022Q4_zip_has_3624_deleted_caseids_and_rows_without_a_final_newline()
    {
        var result = Read("faers_ascii_2022Q4_sample.zip");
        var batch = result.Batch!;

        // PROVENANCE.md: DELETE22Q4.txt has 3,624 caseids after a lone-space first line.
        Assert.Equal(3624, batch.DeletedCaseIds.Count);
        Assert.Equal(10153291, batch.DeletedCaseIds[0]);
        var delete = Assert.Single(result.Lines, l => l.Table == FaersTable.Delete);
        Assert.Equal(1, delete.BlankLines);

        // PROVENANCE's counts (DEMO 257 reports, DRUG 208, REAC 973, OUTC 1,205, RPSR 385, THER 499) are `wc -l` minus
        // the header, which misses each file's last line: it has no line ending. The reader must count that line.
        Assert.Equal(257 + 1, batch.Reports.Count);
        Assert.Equal(208 + 1, batch.Drugs.Count);
        Assert.Equal(973 + 1, batch.Reactions.Count);
        Assert.Equal(1205 + 1, batch.Outcomes.Count);
        Assert.Equal(385 + 1, batch.ReportSources.Count);
        Assert.Equal(499 + 1, batch.Therapies.Count);
        Assert.Equal(607, batch.Indications.Count);
        Assert.True(Assert.Single(result.Lines, l => l.Table == FaersTable.Demo).EndsWithoutNewline);

        // Last DEMO line: 1177184910$11771849$10$F$20151101$...$CN$US$US (no trailing newline)
        var last = batch.Reports[^1];
        Assert.Equal(1177184910, last.PrimaryId);
        Assert.Equal("US", last.OccurrenceCountry);
    }

    [Fact]
    public void The_2020Q3_sample_has_no_INDI_and_keeps_its_truncated_last_DEMO_line()
    {
        var result = Read("ubesp_2020q3_first10k");
        var batch = result.Batch!;

        var indi = batch.Reconciliation.Single(r => r.Table == FaersTable.Indi);
        Assert.Null(indi.File);
        Assert.Equal(0, indi.RowsRead);
        Assert.Contains(indi.Warnings, w => w.Contains("INDI", StringComparison.Ordinal));

        // PROVENANCE.md: DEMO has 9,999 data rows, the last one cut in occr_country ("U") without a newline.
        Assert.Equal(9999, batch.Reports.Count);
        Assert.Equal(143329687, batch.Reports[^1].PrimaryId);
        Assert.Equal("U", batch.Reports[^1].OccurrenceCountry);
        var demo = batch.Reconciliation.Single(r => r.Table == FaersTable.Demo);
        Assert.Contains(demo.Warnings, w => w.Contains("no line ending", StringComparison.Ordinal));

        // Literal NA in THER's dur column is not read; rows are intact: 10,000 each.
        Assert.Equal(10000, batch.Therapies.Count);
        Assert.Equal(new TherapyRow(100046943, 1, PartialDate.FromParts(2010, 5, 1), PartialDate.FromParts(2012, 2, 13)), batch.Therapies[0]);
    }

    [Fact]
    public void The_2012Q4_sample_maps_older_header_names()
    {
        var batch = ReadSample("ubesp_2012q4_tiny");

        Assert.Equal(FaersLayout.Faers, batch.Layout);

        // demo12q4: gndr_cod instead of sex; " rept_dt" with a leading space; 22 columns.
        Assert.Equal(new[] { Sex.Female, Sex.Male, Sex.Female }, batch.Reports.Take(3).Select(r => r.Sex));
        Assert.Equal(86f, batch.Reports[1].AgeYears);
        Assert.Equal("CA", batch.Reports[1].OccurrenceCountry);
        Assert.Equal("COUNTRY NOT SPECIFIED", batch.Reports[1].ReporterCountry);

        // drug12q4: UTF-8 BOM before "primaryid", lot_nbr, no prod_ai.
        Assert.Equal(new DrugRow(34483284, 1, DrugRole.PrimarySuspect, "SUSTIVA", null), batch.Drugs[0]);

        // outc12q4: outc_code instead of outc_cod (34483284 OT, CA).
        Assert.Equal(new[] { SeriousOutcomes.OtherSerious, SeriousOutcomes.CongenitalAnomaly }, batch.Outcomes.Take(2).Select(o => o.Outcome));
    }

    [Fact]
    public void The_legacy_2004Q1_sample_uses_isr_and_case_keys_and_global_drug_sequence_numbers()
    {
        var batch = ReadSample("aers_ascii_2004q1_sample.zip");

        Assert.Equal(FaersLayout.LegacyAers, batch.Layout);

        // DEMO04Q1 line 2: 4263742$4061110$I$$4263742-7$20031115$20031218$20040102$EXP$...$42$YR$F$N$$$20031231$OT$$$$$
        var first = batch.Reports[0];
        Assert.Equal(4263742, first.PrimaryId);
        Assert.Equal(4061110, first.CaseId);
        Assert.Equal(0, first.CaseVersion);
        Assert.Equal(PartialDate.FromParts(2004, 1, 2), first.FdaDate);
        Assert.Equal(PartialDate.FromParts(2003, 11, 15), first.EventDate);
        Assert.Equal(42f, first.AgeYears);
        Assert.Equal(Sex.Female, first.Sex);
        Assert.Equal(ReporterType.OtherHealthProfessional, first.Reporter);
        Assert.Null(first.ReporterCountry);

        // DRUG04Q1 line 2: 4263742$1004492716$PS$TAVOR$...; INDI and THER reference the same global drug_seq.
        Assert.Equal(new DrugRow(4263742, 1004492716, DrugRole.PrimarySuspect, "TAVOR", null), batch.Drugs[0]);
        Assert.Equal(new TherapyRow(4263742, 1004492716, PartialDate.FromParts(2003, 11, 15), PartialDate.FromParts(2003, 11, 15)), batch.Therapies[0]);
        Assert.Equal(new IndicationRow(4264028, 1004493847, "BREAST CANCER"), batch.Indications[0]);
        Assert.Equal(new ReactionRow(4263742, "DIARRHOEA"), batch.Reactions[0]);
    }

    [Fact]
    public void Repeated_texts_share_one_string_instance_per_batch()
    {
        var batch = ReadSample("nico8270_2025q4_sample1000");

        var sandostatin = batch.Drugs.Where(d => d.DrugName == "SANDOSTATIN LAR DEPOT").ToList();
        Assert.True(sandostatin.Count >= 3);
        Assert.All(sandostatin, d => Assert.Same(sandostatin[0].DrugName, d.DrugName));

        var falls = batch.Reactions.Where(r => r.PreferredTerm == "Fall").ToList();
        Assert.True(falls.Count >= 2);
        Assert.All(falls, r => Assert.Same(falls[0].PreferredTerm, r.PreferredTerm));

        var countries = batch.Reports.Where(r => r.ReporterCountry == "US").Select(r => r.ReporterCountry).ToList();
        Assert.True(countries.Count >= 2);
        Assert.All(countries, c => Assert.Same(countries[0], c));
    }

    [Fact]
    public void Sequential_and_parallel_reads_give_identical_batches()
    {
        var source = Assert.Single(FaersSourceLocator.Discover(TestData.PathOf("faers", "ubesp_2020q3_first10k")));

        var parallel = new FaersQuarterReader(new FaersReaderOptions { MaxDegreeOfParallelism = 4 }).Read(source).Batch!;
        var sequential = new FaersQuarterReader(new FaersReaderOptions { MaxDegreeOfParallelism = 1, BufferSize = 64 << 10 }).Read(source).Batch!;

        Assert.Equal(sequential.Reports, parallel.Reports);
        Assert.Equal(sequential.Drugs, parallel.Drugs);
        Assert.Equal(sequential.Reactions, parallel.Reactions);
        Assert.Equal(sequential.Therapies, parallel.Therapies);
    }

    [Fact]
    public void Progress_reaches_the_total_bytes_and_rows()
    {
        var source = Assert.Single(FaersSourceLocator.Discover(TestData.PathOf("faers", "nico8270_2025q4_sample1000")));
        var reports = new List<FaersReadProgress>();
        var progress = new SynchronousProgress(reports);

        var batch = new FaersQuarterReader().Read(source, progress).Batch!;

        Assert.NotEmpty(reports);
        var last = reports.MaxBy(r => r.BytesDone);
        Assert.Equal(source.TotalBytes, last.BytesDone);
        Assert.Equal(source.TotalBytes, last.BytesTotal);
        Assert.Equal(batch.Reconciliation.Sum(r => r.RowsRead), reports.Max(r => r.RowsDone));
    }

    [Fact]
    public void Cancellation_throws_instead_of_returning_a_partial_batch()
    {
        var source = Assert.Single(FaersSourceLocator.Discover(TestData.PathOf("faers", "nico8270_2025q4_sample1000")));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new FaersQuarterReader().Read(source, null, cancelled.Token));
    }

    [Fact]
    public void Cancellation_during_the_read_throws()
    {
        var source = Assert.Single(FaersSourceLocator.Discover(TestData.PathOf("faers", "ubesp_2020q3_first10k")));
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelOnFirstReport(cancellation);

        Assert.ThrowsAny<OperationCanceledException>(
            () => new FaersQuarterReader(new FaersReaderOptions { MaxDegreeOfParallelism = 1 }).Read(source, progress, cancellation.Token));
    }

    private static long Accepted(QuarterBatch batch, FaersTable table) => batch.Reconciliation.Single(r => r.Table == table).RowsAccepted;

    private static FaersReadResult Read(string sample)
    {
        var source = Assert.Single(FaersSourceLocator.Discover(TestData.PathOf("faers", sample)));
        var result = new FaersQuarterReader().Read(source);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result;
    }

    private static QuarterBatch ReadSample(string sample) => Read(sample).Batch!;

    private sealed class CancelOnFirstReport(CancellationTokenSource cancellation) : IProgress<FaersReadProgress>
    {
        public void Report(FaersReadProgress value) => cancellation.Cancel();
    }

    private sealed class SynchronousProgress(List<FaersReadProgress> reports) : IProgress<FaersReadProgress>
    {
        public void Report(FaersReadProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
