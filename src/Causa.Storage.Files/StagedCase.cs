namespace Causa.Storage.Files;

/// <summary>One staged candidate version of a case: its fields and where its rows sit in <see cref="StagedCases"/>.</summary>
internal struct StagedCase
{
    public long CaseId;
    public long PrimaryId;
    public int CaseVersion;
    public int FdaDate;
    public int EventDate;
    public int InitialFdaDate;
    public int OccurrenceCountry;
    public byte Fields;
    public int Quarter;
    public int Country;
    public byte Sex;
    public byte AgeGroup;
    public byte Reporter;
    public byte Outcomes;
    public float AgeYears;
    public int DrugStart;
    public int DrugCount;
    public int EventStart;
    public int EventCount;
    public int IndicationStart;
    public int IndicationCount;

    /// <summary>The deduplication keys of this version.</summary>
    public readonly Core.Ingest.CaseVersion Key => new(CaseId, FdaDate, PrimaryId, Quarter);
}
