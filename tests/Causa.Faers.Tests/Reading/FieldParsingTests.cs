using System.Text;
using Causa.Core.Ingest;
using Causa.Faers.Reading;

namespace Causa.Faers.Tests.Reading;

public sealed class FieldParsingTests
{
    [Theory]
    [InlineData("2014", 20140000)]
    [InlineData("201412", 20141200)]
    [InlineData("20141226", 20141226)]
    [InlineData("20141226.0", 20141226)]
    [InlineData("", 0)]
    [InlineData("NA", 0)]
    public void Partial_dates_parse_to_packed_values(string text, int packed)
    {
        Assert.True(FieldText.TryParseDate(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(packed, value);
    }

    [Theory]
    [InlineData("2014-12-26")]
    [InlineData("20141326")]
    [InlineData("20141232")]
    [InlineData("201")]
    [InlineData("0999")]
    [InlineData("2014122")]
    public void Malformed_dates_fail(string text) => Assert.False(FieldText.TryParseDate(Encoding.ASCII.GetBytes(text), out _));

    [Theory]
    [InlineData("1100310642", 1100310642L)]
    [InlineData("21008.0", 21008L)]
    [InlineData("7.00", 7L)]
    [InlineData("999999999999999999", 999999999999999999L)]
    public void Ids_parse_including_pandas_float_artefacts(string text, long expected)
    {
        Assert.True(FieldText.TryParseId(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("12a")]
    [InlineData("1234567890123456789")]
    public void Non_ids_fail(string text) => Assert.False(FieldText.TryParseId(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void Header_variants_across_quarters_map_to_the_same_columns()
    {
        var old = HeaderMap.Parse("\uFEFFprimaryid$caseid$caseversion$i_f_code$event_dt$mfr_dt$init_fda_dt$fda_dt$rept_cod$mfr_num$mfr_sndr$age$age_cod$gndr_cod$e_sub$wt$wt_cod$ rept_dt$to_mfr$occp_cod$reporter_country$occr_country$"u8);
        var modern = HeaderMap.Parse("PRIMARYID$CASEID$CASEVERSION$I_F_CODE$EVENT_DT$MFR_DT$INIT_FDA_DT$FDA_DT$REPT_COD$AUTH_NUM$MFR_NUM$MFR_SNDR$LIT_REF$AGE$AGE_COD$AGE_GRP$SEX$E_SUB$WT$WT_COD$REPT_DT$TO_MFR$OCCP_COD$REPORTER_COUNTRY$OCCR_COUNTRY"u8);
        var legacy = HeaderMap.Parse("isr$case$i_f_cod$foll_seq$image$event_dt$mfr_dt$fda_dt$rept_cod$mfr_num$mfr_sndr$age$age_cod$gndr_cod$e_sub$wt$wt_cod$rept_dt$occp_cod$death_dt$to_mfr$confid$v23"u8);

        Assert.Equal((0, 13, 17), (old.IndexOf(ColumnNames.PrimaryId), old.IndexOf(ColumnNames.Sex), old.IndexOf(["rept_dt"])));
        Assert.Equal((0, 16), (modern.IndexOf(ColumnNames.PrimaryId), modern.IndexOf(ColumnNames.Sex)));
        Assert.Equal((0, 1, 13), (legacy.IndexOf(ColumnNames.PrimaryId), legacy.IndexOf(ColumnNames.CaseId), legacy.IndexOf(ColumnNames.Sex)));
        Assert.Equal((FaersLayout.Faers, FaersLayout.Faers, FaersLayout.LegacyAers), (old.Layout, modern.Layout, legacy.Layout));
        Assert.Equal((1, 0, 1), (old.TrailingDummyColumns, modern.TrailingDummyColumns, legacy.TrailingDummyColumns));

        var drugOld = HeaderMap.Parse("primaryid$caseid$drug_seq$role_cod$drugname$val_vbm$route$dose_vbm$cum_dose_chr$cum_dose_unit$dechal$rechal$lot_nbr$exp_dt$nda_num"u8);
        var drugNew = HeaderMap.Parse("primaryid$caseid$drug_seq$role_cod$drugname$prod_ai$val_vbm$route$dose_vbm$cum_dose_chr$cum_dose_unit$dechal$rechal$lot_num$exp_dt$nda_num"u8);
        Assert.Equal((12, -1), (drugOld.IndexOf(ColumnNames.LotNumber), drugOld.IndexOf(ColumnNames.ProdAi)));
        Assert.Equal((13, 5), (drugNew.IndexOf(ColumnNames.LotNumber), drugNew.IndexOf(ColumnNames.ProdAi)));
        Assert.Equal(2, HeaderMap.Parse("primaryid$caseid$outc_code"u8).IndexOf(ColumnNames.Outcome));
        Assert.Equal(2, HeaderMap.Parse("primaryid$caseid$outc_cod"u8).IndexOf(ColumnNames.Outcome));
    }

    [Fact]
    public void Windows_1252_table_covers_every_byte_without_replacement()
    {
        var all = Enumerable.Range(0x80, 128).Select(b => (byte)b).ToArray();

        var text = TextDecoding.Decode(all);

        Assert.Equal(128, text.Length);
        Assert.DoesNotContain('\uFFFD', text);
        Assert.Equal('\u20AC', text[0]);
        Assert.Equal('\u00E9', text[0xE9 - 0x80]);
    }
}
