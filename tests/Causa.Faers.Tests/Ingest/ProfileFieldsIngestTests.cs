using Causa.Core.Model;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Ingest;

/// <summary>
/// The facts a pair's profile needs, kept per case by the store (format version 2), for each layout; expected values read
/// off the <c>$</c>-delimited text by hand (<c>grep '^4263742\$' DEMO04Q1.TXT THER04Q1.TXT</c> and the like).
/// </summary>
public sealed class ProfileFieldsIngestTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private CaseStore IngestAndOpen(string name, string path)
    {
        var store = Path.Combine(_root.Path, name);
        var (sources, error) = FaersIngestor.Discover([path]);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FileCaseSink(store), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
        var opened = CaseStore.Open(store);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        return opened.Store;
    }

    [Fact]
    public void Legacy_aers_gives_first_receipt_for_initial_reports_only_and_no_occurrence_country()
    {
        using var store = IngestAndOpen("aers", TestData.PathOf("faers", "aers_ascii_2004q1_sample.zip"));

        // DEMO04Q1: 4263742$4061110$I$$...$20031115$20031218$20040102$...$42$YR$F$...$OT$ (isr 4263742, case 4061110, initial).
        var initial = store.FindCase(4061110)!;
        Assert.Equal(PartialDate.FromParts(2004, 1, 2), initial.InitialFdaDate);
        Assert.Null(initial.OccurrenceCountry);
        Assert.Equal(ReportFields.InitialFdaDate | ReportFields.TherapyDates, initial.Fields);

        // THER04Q1: all four drugs of isr 4263742 started 20031115.
        Assert.All(initial.Drugs, d => Assert.Equal(PartialDate.FromParts(2003, 11, 15), d.TherapyStart));

        // 4272864$3990690$F$2$...: a follow-up; its first receipt is not in the row, so it stays unknown.
        var followUp = store.FindCase(3990690)!;
        Assert.Equal(PartialDate.None, followUp.InitialFdaDate);
        Assert.Equal(ReportFields.InitialFdaDate | ReportFields.TherapyDates, followUp.Fields);
    }

    [Fact]
    public void Faers_gives_init_fda_dt_occurrence_country_and_therapy_start()
    {
        using var store = IngestAndOpen("faers", TestData.PathOf("faers", "faers_ascii_2017q2_sample.zip"));

        // DEMO17Q2: 115630624$11563062$...; THER17Q2: 115630624$11563062$1$20150327$201507$$.
        var record = store.FindCase(11563062)!;
        Assert.Equal(ReportFields.InitialFdaDate | ReportFields.OccurrenceCountry | ReportFields.TherapyDates, record.Fields);
        Assert.Contains(record.Drugs, d => d.TherapyStart == PartialDate.FromParts(2015, 3, 27));

        // 109792364$10979236$4$F$2003$20170224$20150402$20170406$...$CN$US$US
        var other = store.FindCase(10979236)!;
        Assert.Equal(PartialDate.FromParts(2015, 4, 2), other.InitialFdaDate);
        Assert.Equal("US", other.OccurrenceCountry);
    }
}
