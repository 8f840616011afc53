using System.Text;
using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Faers.Reading;

namespace Causa.Faers.Tests.Reading;

/// <summary>Byte-level format variants, on small hand-made files whose expected content is known exactly.</summary>
public sealed class FormatToleranceTests
{
    [Fact]
    public void Windows_1252_and_UTF_8_bytes_survive_decoding_without_replacement_characters()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1")], [], []);
        var drug = new List<byte>(Encoding.ASCII.GetBytes(SyntheticQuarter.DrugHeader + "\n"));
        // Windows-1252: 0xC9 = É, 0x92 = ’ (U+2019), 0x81 is undefined in 1252 and maps to U+0081.
        drug.AddRange(Latin(SyntheticQuarter.Drug("11", "1", "1", "PS", "CAF\u00C9INE")));
        drug.AddRange(Encoding.ASCII.GetBytes("\n"));
        drug.AddRange(Latin(SyntheticQuarter.Drug("11", "1", "2", "C", "L\u0092OREAL \u0081X")));
        drug.AddRange(Encoding.ASCII.GetBytes("\n"));
        // UTF-8 in another row: é as C3 A9.
        drug.AddRange(Encoding.UTF8.GetBytes(SyntheticQuarter.Drug("11", "1", "3", "SS", "M\u00C9NI\u00C8RE")));
        drug.AddRange(Encoding.ASCII.GetBytes("\n"));
        File.WriteAllBytes(Path.Combine(temp.Path, "DRUG24Q1.txt"), [.. drug]);

        var batch = ReadFolder(temp.Path);

        Assert.Equal(["CAF\u00C9INE", "L\u2019OREAL \u0081X", "M\u00C9NI\u00C8RE"], batch.Drugs.Select(d => d.DrugName));
        Assert.DoesNotContain(batch.Drugs, d => d.DrugName.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void CRLF_and_LF_files_give_the_same_rows()
    {
        string[] demo = [SyntheticQuarter.Demo("11", "1", age: "61.0", ageCode: "YR"), SyntheticQuarter.Demo("21", "2", eventDate: "201903")];
        string[] drug = [SyntheticQuarter.Drug("11", "1", "1", "PS", "ASPIRIN"), SyntheticQuarter.Drug("21", "2", "1", "SS", "ASPIRIN")];
        string[] reac = ["11$1$Nausea$", "21$2$Headache$"];
        using var lf = new TempFolder();
        using var crlf = new TempFolder();
        SyntheticQuarter.WriteFaers(lf.Path, demo, drug, reac, "\n");
        SyntheticQuarter.WriteFaers(crlf.Path, demo, drug, reac, "\r\n");

        var fromLf = ReadFolder(lf.Path);
        var fromCrlf = ReadFolder(crlf.Path);

        Assert.Equal(fromLf.Reports, fromCrlf.Reports);
        Assert.Equal(fromLf.Drugs, fromCrlf.Drugs);
        Assert.Equal(fromLf.Reactions, fromCrlf.Reactions);
        Assert.Equal(["Nausea", "Headache"], fromCrlf.Reactions.Select(r => r.PreferredTerm));
        Assert.Equal(PartialDate.FromParts(2019, 3, 0), fromCrlf.Reports[1].EventDate);
    }

    [Fact]
    public void A_last_line_without_newline_is_still_a_row()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1")], [SyntheticQuarter.Drug("11", "1", "1", "PS", "ASPIRIN")], []);
        SyntheticQuarter.Write(Path.Combine(temp.Path, "REAC24Q1.txt"), SyntheticQuarter.ReacHeader + "\r\n11$1$Nausea$\r\n11$1$Rash$");

        var result = ReadFolderResult(temp.Path);

        Assert.Equal(["Nausea", "Rash"], result.Batch!.Reactions.Select(r => r.PreferredTerm));
        Assert.True(result.Lines.Single(l => l.Table == FaersTable.Reac).EndsWithoutNewline);
    }

    [Fact]
    public void Legacy_rows_may_carry_one_trailing_empty_field_that_the_header_lacks()
    {
        using var temp = new TempFolder();
        // FDA's legacy style: upper-case header without a trailing '$', every data row ending in '$'.
        SyntheticQuarter.Write(Path.Combine(temp.Path, "DEMO05Q1.TXT"),
            "ISR$CASE$I_F_COD$FOLL_SEQ$IMAGE$EVENT_DT$MFR_DT$FDA_DT$REPT_COD$MFR_NUM$MFR_SNDR$AGE$AGE_COD$GNDR_COD$E_SUB$WT$WT_COD$REPT_DT$OCCP_COD$DEATH_DT$TO_MFR$CONFID$REPORTER_COUNTRY\r\n" +
            "4500001$4400001$I$$4500001-1$20041201$20041210$20050103$EXP$X1$ACME$3$DEC$M$Y$$$20041220$MD$$$N$UNITED STATES$\r\n" +
            "4500002$4400002$I$$4500002-1$$$20050104$EXP$X2$ACME$$$F$Y$$$$CN$$$N$GERMANY\r\n" +
            "4500003$4400003$I$$4500003-1$$$20050104$EXP$X3$ACME$$$F$Y$$$$CN$$$N$GERMANY$$\r\n");
        SyntheticQuarter.Write(Path.Combine(temp.Path, "DRUG05Q1.TXT"), "ISR$DRUG_SEQ$ROLE_COD$DRUGNAME$VAL_VBM$ROUTE$DOSE_VBM$DECHAL$RECHAL$LOT_NUM$EXP_DT$NDA_NUM\r\n4500001$1010000001$PS$ASPIRIN$1$$$$$$$$\r\n");
        SyntheticQuarter.Write(Path.Combine(temp.Path, "REAC05Q1.TXT"), "ISR$PT\r\n4500001$NAUSEA$\r\n4500002$RASH\r\n");

        var batch = ReadFolder(temp.Path);

        Assert.Equal(FaersLayout.LegacyAers, batch.Layout);
        var demo = batch.Reconciliation.Single(r => r.Table == FaersTable.Demo);
        Assert.Equal(3, demo.RowsRead);
        Assert.Equal(2, demo.RowsAccepted);
        Assert.Equal(new RowRejection(Path.Combine(temp.Path, "DEMO05Q1.TXT"), 4, "wrong field count: expected 23 fields, found 25"), Assert.Single(demo.Rejections));
        Assert.Equal(30f, batch.Reports[0].AgeYears);
        Assert.Equal("UNITED STATES", batch.Reports[0].ReporterCountry);
        Assert.Equal("GERMANY", batch.Reports[1].ReporterCountry);
        Assert.Equal(new DrugRow(4500001, 1010000001, DrugRole.PrimarySuspect, "ASPIRIN", null), Assert.Single(batch.Drugs));
        Assert.Equal(["NAUSEA", "RASH"], batch.Reactions.Select(r => r.PreferredTerm));
    }

    [Fact]
    public void A_FAERS_row_with_a_trailing_empty_field_the_header_lacks_is_rejected()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1"), SyntheticQuarter.Demo("21", "2") + "$"], [], ["11$1$Nausea$"]);

        var account = ReadFolder(temp.Path).Reconciliation.Single(r => r.Table == FaersTable.Demo);

        Assert.Equal(1, account.RowsAccepted);
        Assert.Equal("wrong field count: expected 25 fields, found 26", Assert.Single(account.Rejections).Reason);
    }

    [Fact]
    public void Rows_may_omit_a_trailing_unnamed_header_column()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1")], [], []);
        // Header ends in '$' (an unnamed last column): rows with or without that last empty field are both whole.
        SyntheticQuarter.Write(Path.Combine(temp.Path, "REAC24Q1.txt"), "primaryid$caseid$pt$\n11$1$Nausea$\n11$1$Rash\n11$1$Fever$$\n");

        var account = ReadFolder(temp.Path).Reconciliation.Single(r => r.Table == FaersTable.Reac);

        Assert.Equal(3, account.RowsRead);
        Assert.Equal(2, account.RowsAccepted);
        Assert.Equal(4, Assert.Single(account.Rejections).Line);
    }

    [Fact]
    public void Unusable_keys_reject_rows_while_bad_optional_values_become_unknown_and_are_counted()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path,
            [
                SyntheticQuarter.Demo("11", "1", eventDate: "2019-05-01", age: "forty", ageCode: "YR"),
                SyntheticQuarter.Demo("X21", "2"),
                SyntheticQuarter.Demo("31", ""),
                SyntheticQuarter.Demo("41", "4", eventDate: "20191332", age: "3", ageCode: "CENTURY", sex: "Q"),
            ],
            [SyntheticQuarter.Drug("11", "1", "", "PS", "ASPIRIN"), SyntheticQuarter.Drug("11", "1", "2", "ZZ", "ASPIRIN")],
            ["11$1$$", "11$1$Nausea$"]);

        var result = ReadFolderResult(temp.Path);
        var batch = result.Batch!;

        var demo = batch.Reconciliation.Single(r => r.Table == FaersTable.Demo);
        Assert.Equal(4, demo.RowsRead);
        Assert.Equal(2, demo.RowsAccepted);
        Assert.Equal(
            [(3L, "unparseable key: primaryid 'X21' is not a number"), (4L, "missing key: caseid is empty")],
            demo.Rejections.Select(r => (r.Line, r.Reason)));
        Assert.Equal(PartialDate.None, batch.Reports[0].EventDate);
        Assert.True(float.IsNaN(batch.Reports[0].AgeYears));
        Assert.True(float.IsNaN(batch.Reports[1].AgeYears));
        Assert.Equal(Sex.Unknown, batch.Reports[1].Sex);
        var eventDates = Assert.Single(result.ValueWarnings, w => w.Table == FaersTable.Demo && w.Column == "event_dt");
        Assert.Equal((2L, 2L, "2019-05-01"), (eventDates.Count, eventDates.FirstLine, eventDates.FirstValue));
        Assert.Contains(result.ValueWarnings, w => w.Column == "age" && w.FirstValue == "forty");
        Assert.Contains(result.ValueWarnings, w => w.Column == "age_cod" && w.FirstLine == 5);
        Assert.Contains(result.ValueWarnings, w => w.Column == "sex" && w.FirstValue == "Q");
        Assert.Contains(demo.Warnings, w => w.StartsWith("event_dt: 2 ", StringComparison.Ordinal));

        var drug = batch.Reconciliation.Single(r => r.Table == FaersTable.Drug);
        Assert.Equal("missing key: drug_seq is empty", Assert.Single(drug.Rejections).Reason);
        Assert.Equal(DrugRole.Unknown, Assert.Single(batch.Drugs).Role);

        var reac = batch.Reconciliation.Single(r => r.Table == FaersTable.Reac);
        Assert.Equal("missing value: pt is empty", Assert.Single(reac.Rejections).Reason);
    }

    [Theory]
    [InlineData("61", "YR", 61.0)]
    [InlineData("61.0", "YR", 61.0)]
    [InlineData("6", "DEC", 60.0)]
    [InlineData("18", "MON", 1.5)]
    [InlineData("26", "WK", 26 * 7 / 365.25)]
    [InlineData("365.25", "DY", 1.0)]
    [InlineData("8766", "HR", 1.0)]
    [InlineData("58.05", "yr", 58.05)]
    public void Ages_are_converted_to_years_from_their_unit(string age, string unit, double expectedYears)
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1", age: age, ageCode: unit)], [], []);

        var report = Assert.Single(ReadFolder(temp.Path).Reports);

        Assert.Equal(expectedYears, report.AgeYears, 1e-5);
    }

    [Fact]
    public void Codes_map_to_sex_reporter_role_and_outcome()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path,
            [
                SyntheticQuarter.Demo("11", "1", sex: "M", occupation: "MD"),
                SyntheticQuarter.Demo("21", "2", sex: "F", occupation: "PH"),
                SyntheticQuarter.Demo("31", "3", sex: "UNK", occupation: "CN"),
                SyntheticQuarter.Demo("41", "4", sex: "", occupation: "LW"),
                SyntheticQuarter.Demo("51", "5", occupation: "OT"),
            ],
            [
                SyntheticQuarter.Drug("11", "1", "1", "PS", "A"), SyntheticQuarter.Drug("11", "1", "2", "SS", "B"),
                SyntheticQuarter.Drug("11", "1", "3", "C", "C"), SyntheticQuarter.Drug("11", "1", "4", "I", "D"),
            ],
            []);
        SyntheticQuarter.Write(Path.Combine(temp.Path, "OUTC24Q1.txt"), "primaryid$caseid$outc_cod\n11$1$DE\n11$1$LT\n11$1$HO\n11$1$DS\n11$1$CA\n11$1$RI\n11$1$OT\n11$1$XX\n");

        var batch = ReadFolder(temp.Path);

        Assert.Equal([Sex.Male, Sex.Female, Sex.Unknown, Sex.Unknown, Sex.Unknown], batch.Reports.Select(r => r.Sex));
        Assert.Equal(
            [ReporterType.Physician, ReporterType.Pharmacist, ReporterType.Consumer, ReporterType.Lawyer, ReporterType.OtherHealthProfessional],
            batch.Reports.Select(r => r.Reporter));
        Assert.Equal([DrugRole.PrimarySuspect, DrugRole.SecondarySuspect, DrugRole.Concomitant, DrugRole.Interacting], batch.Drugs.Select(d => d.Role));
        Assert.Equal(
            [SeriousOutcomes.Death, SeriousOutcomes.LifeThreatening, SeriousOutcomes.Hospitalisation, SeriousOutcomes.Disability,
             SeriousOutcomes.CongenitalAnomaly, SeriousOutcomes.RequiredIntervention, SeriousOutcomes.OtherSerious],
            batch.Outcomes.Select(o => o.Outcome));
        var outc = batch.Reconciliation.Single(r => r.Table == FaersTable.Outc);
        Assert.Equal("unknown code: outc_cod 'XX'", Assert.Single(outc.Rejections).Reason);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_counted_but_are_not_rows()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1")], [SyntheticQuarter.Drug("11", "1", "1", "PS", "A"), "   ", SyntheticQuarter.Drug("11", "1", "2", "C", "B")], []);
        SyntheticQuarter.Write(Path.Combine(temp.Path, "DELETE24Q1.txt"), " \n123$\n\n456\nabc\n");

        var result = ReadFolderResult(temp.Path);

        var drug = result.Batch!.Reconciliation.Single(r => r.Table == FaersTable.Drug);
        Assert.Equal(2, drug.RowsRead);
        Assert.Equal(1, result.Lines.Single(l => l.Table == FaersTable.Drug).BlankLines);
        var delete = result.Batch.Reconciliation.Single(r => r.Table == FaersTable.Delete);
        Assert.Equal([123L, 456L], result.Batch.DeletedCaseIds);
        Assert.Equal((3L, 2L, 1L), (delete.RowsRead, delete.RowsAccepted, delete.RowsRejected));
        Assert.Equal(5, Assert.Single(delete.Rejections).Line);
        var lines = result.Lines.Single(l => l.Table == FaersTable.Delete);
        Assert.Equal((5L, 0, 2L, 0L), (lines.PhysicalLines, lines.HeaderLines, lines.BlankLines, lines.ContinuationLines));
    }

    [Fact]
    public void A_row_broken_by_line_breaks_inside_a_field_is_rejoined_and_a_short_row_never_swallows_the_next()
    {
        using var temp = new TempFolder();
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1")], [], [], "\r\n");
        var h = SyntheticQuarter.DrugHeader;
        var eleven = new string('$', 11);
        SyntheticQuarter.Write(Path.Combine(temp.Path, "DRUG24Q1.txt"), string.Join("\r\n",
            h,
            "11$1$1$PS$ASPIRIN$ASPIRIN$1$Oral$100 MG" + "\r\n" + "ONCE DAILY" + eleven,          // lines 2-3: 9 + 12 - 1 = 20 fields
            "11$1$2$C$LASIX$FUROSEMIDE$1$Oral$A" + "\r\n" + "B" + "\r\n" + "C" + eleven,        // lines 4-6: 9 + 1 + 12 - 2 = 20
            "11$1$3$C$TRUNCATED$",                                                                // line 7: short, rejected
            "11$1$4$SS$WHOLE$WHOLE$1$Oral$x" + eleven,                                             // line 8: whole row
            "11$1$5$C$SHORT AT END") + "\r\n");                                                  // line 9: short, rejected

        var result = ReadFolderResult(temp.Path);

        var drug = result.Batch!.Reconciliation.Single(r => r.Table == FaersTable.Drug);
        Assert.Equal(["ASPIRIN", "LASIX", "WHOLE"], result.Batch.Drugs.Select(d => d.DrugName));
        Assert.Equal((5L, 3L, 2L), (drug.RowsRead, drug.RowsAccepted, drug.RowsRejected));
        Assert.Equal([7L, 9L], drug.Rejections.Select(r => r.Line));
        Assert.Equal("wrong field count: expected 20 fields, found 6", drug.Rejections[0].Reason);
        var lines = result.Lines.Single(l => l.Table == FaersTable.Drug);
        Assert.Equal((9L, 3L), (lines.PhysicalLines, lines.ContinuationLines));
        Assert.Equal(lines.PhysicalLines, lines.HeaderLines + lines.BlankLines + drug.RowsRead + lines.ContinuationLines);
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_read_whole()
    {
        using var temp = new TempFolder();
        var longName = new string('N', 200_000);
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1")], [SyntheticQuarter.Drug("11", "1", "1", "PS", longName), SyntheticQuarter.Drug("11", "1", "2", "C", "B")], []);

        var source = Assert.Single(FaersSourceLocator.Discover(temp.Path));
        var options = new FaersReaderOptions { BufferSize = 64 << 10, MaxLineLength = 1 << 20, MaxFieldLength = 1 << 20, MaxTextLength = 1 << 20 };
        var batch = new FaersQuarterReader(options).Read(source).Batch!;

        Assert.Equal([longName, "B"], batch.Drugs.Select(d => d.DrugName));
    }

    [Fact]
    public void Large_tables_reserve_their_row_list_once_close_to_the_final_size()
    {
        using var temp = new TempFolder();
        var reac = Enumerable.Range(0, 100_000).Select(i => $"{11 + (i * 10)}${1 + i}${(i % 3 == 0 ? "Nausea" : "Drug ineffective")}$");
        SyntheticQuarter.WriteFaers(temp.Path, [SyntheticQuarter.Demo("11", "1")], [], reac);

        var batch = ReadFolder(temp.Path);

        Assert.Equal(100_000, batch.Reactions.Count);
        // Without the reservation a List grows by doubling to 131,072; the estimate allows 5% headroom plus drift.
        Assert.InRange(batch.Reactions.Capacity, 100_000, 110_000);
    }

    private static byte[] Latin(string text) => Encoding.Latin1.GetBytes(text);

    private static FaersReadResult ReadFolderResult(string folder)
    {
        var source = Assert.Single(FaersSourceLocator.Discover(folder));
        var result = new FaersQuarterReader().Read(source);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result;
    }

    private static QuarterBatch ReadFolder(string folder) => ReadFolderResult(folder).Batch!;
}
