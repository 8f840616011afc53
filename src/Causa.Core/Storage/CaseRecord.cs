using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>The kept version of a case, as a line listing.</summary>
/// <param name="CaseId">FAERS case id.</param>
/// <param name="PrimaryId">Primary id of the kept version.</param>
/// <param name="CaseVersion">Version number (0 for legacy AERS).</param>
/// <param name="Quarter">Quarter the kept version came from.</param>
/// <param name="FdaDate">Date FDA received the kept version.</param>
/// <param name="EventDate">Event date, possibly partial.</param>
/// <param name="Sex">Patient sex.</param>
/// <param name="AgeYears">Age in years, null when unknown.</param>
/// <param name="AgeGroup">Age band.</param>
/// <param name="Reporter">Reporter type.</param>
/// <param name="Country">Occurrence (or reporter) country, null when unknown.</param>
/// <param name="Outcomes">Seriousness outcomes.</param>
/// <param name="Drugs">Drugs with roles and ingredients.</param>
/// <param name="Events">MedDRA preferred terms.</param>
/// <param name="Indications">Reported reasons for use.</param>
public sealed record CaseRecord(
    long CaseId,
    long PrimaryId,
    int CaseVersion,
    Quarter Quarter,
    PartialDate FdaDate,
    PartialDate EventDate,
    Sex Sex,
    double? AgeYears,
    AgeGroup AgeGroup,
    ReporterType Reporter,
    string? Country,
    SeriousOutcomes Outcomes,
    IReadOnlyList<CaseDrug> Drugs,
    IReadOnlyList<string> Events,
    IReadOnlyList<CaseIndication> Indications)
{
    /// <summary>Date FDA first received the case (<c>init_fda_dt</c>; legacy AERS: <c>fda_dt</c> of an initial report);
    /// <see cref="PartialDate.None"/> when unknown or not in the layout.</summary>
    public PartialDate InitialFdaDate { get; init; }

    /// <summary>Country where the event occurred (<c>occr_country</c>); null when missing or not in the layout.</summary>
    public string? OccurrenceCountry { get; init; }

    /// <summary>Which optional facts the case's source layout gives; a fact whose flag is clear is unavailable, not unknown.</summary>
    public ReportFields Fields { get; init; }
}
