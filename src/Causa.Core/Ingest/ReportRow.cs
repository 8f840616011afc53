using Causa.Core.Model;

namespace Causa.Core.Ingest;

/// <summary>One DEMO row: a report (one version of a case).</summary>
/// <param name="PrimaryId">FAERS <c>primaryid</c> (legacy: <c>isr</c>); unique per report version.</param>
/// <param name="CaseId">FAERS <c>caseid</c> (legacy: <c>case</c>).</param>
/// <param name="CaseVersion">FAERS <c>caseversion</c>; 0 for legacy AERS, which has none.</param>
/// <param name="FdaDate">Date FDA received this version (<c>fda_dt</c>); the deduplication key.</param>
/// <param name="EventDate">Date of the adverse event, often partial or missing.</param>
/// <param name="Sex">Patient sex.</param>
/// <param name="AgeYears">Age converted to years from <c>age</c> and <c>age_cod</c>; NaN when unknown.</param>
/// <param name="Reporter">Reporter occupation (<c>occp_cod</c>).</param>
/// <param name="ReporterCountry">Reporter country code or name as given; null when missing.</param>
/// <param name="OccurrenceCountry">Country where the event occurred (<c>occr_country</c>, 2014Q3 on); null when missing.</param>
/// <param name="Line">1-based line in the DEMO file, for messages.</param>
/// <param name="InitialFdaDate">Date FDA first received the case (<c>init_fda_dt</c>; legacy AERS: <c>fda_dt</c> of an
/// initial report, none for a follow-up); <see cref="PartialDate.None"/> when unknown.</param>
/// <param name="Fields">Which optional facts the quarter's layout gives (<see cref="ReportFields"/>).</param>
public readonly record struct ReportRow(
    long PrimaryId,
    long CaseId,
    int CaseVersion,
    PartialDate FdaDate,
    PartialDate EventDate,
    Sex Sex,
    float AgeYears,
    ReporterType Reporter,
    string? ReporterCountry,
    string? OccurrenceCountry,
    long Line,
    PartialDate InitialFdaDate = default,
    ReportFields Fields = ReportFields.None);
