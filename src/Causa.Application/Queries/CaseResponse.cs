namespace Causa.Application.Queries;

/// <summary>The kept version of one case, as <c>case --json</c> shows it.</summary>
/// <param name="Caseid">FAERS case id.</param>
/// <param name="Primaryid">The kept report's primary id.</param>
/// <param name="Caseversion">The kept report's version.</param>
/// <param name="Quarter">The quarter it came from (e.g. 2024Q4).</param>
/// <param name="FdaDt">When FDA received it (yyyymmdd, possibly partial).</param>
/// <param name="EventDt">When the event happened; null when not reported.</param>
/// <param name="Sex">Patient sex.</param>
/// <param name="AgeYears">Age in years; null when not reported.</param>
/// <param name="AgeGroup">Age group.</param>
/// <param name="Reporter">Reporter type.</param>
/// <param name="Country">Reporter country; null when not reported.</param>
/// <param name="Outcomes">Serious outcomes; empty when none were reported.</param>
/// <param name="Drugs">The drugs with their roles and resolution.</param>
/// <param name="Events">The reported MedDRA terms.</param>
/// <param name="Indications">Why each drug was taken.</param>
/// <param name="Record">The case as the store holds it, for renderers; not part of the JSON.</param>
public sealed record CaseResponse(
    long Caseid,
    long Primaryid,
    int Caseversion,
    string Quarter,
    string FdaDt,
    string? EventDt,
    Core.Model.Sex Sex,
    double? AgeYears,
    Core.Model.AgeGroup AgeGroup,
    Core.Model.ReporterType Reporter,
    string? Country,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<CaseDrugResponse> Drugs,
    IReadOnlyList<string> Events,
    IReadOnlyList<CaseIndicationResponse> Indications,
    [property: System.Text.Json.Serialization.JsonIgnore] Core.Storage.CaseRecord Record);
