namespace Causa.Core.Ingest;

/// <summary>What deduplication needs to know of one report version of a case.</summary>
/// <param name="CaseId">FAERS <c>caseid</c>: the case the version belongs to.</param>
/// <param name="FdaDate">FAERS <c>fda_dt</c> as yyyymmdd (partial dates have zero month or day; 0 when unknown).</param>
/// <param name="PrimaryId">FAERS <c>primaryid</c> (AERS <c>isr</c>) of the report version.</param>
/// <param name="QuarterOrdinal">The source quarter, as <see cref="Model.Quarter.Ordinal"/>.</param>
public readonly record struct CaseVersion(long CaseId, int FdaDate, long PrimaryId, int QuarterOrdinal);
