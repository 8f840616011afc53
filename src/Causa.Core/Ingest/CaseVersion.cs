namespace Causa.Core.Ingest;

/// <summary>What deduplication needs to know of one report version of a case.</summary>
/// <param name="CaseId">FAERS <c>caseid</c>: the case the version belongs to.</param>
/// <param name="FdaDate">FAERS <c>fda_dt</c> as yyyymmdd (partial dates have zero month or day; 0 when unknown).</param>
/// <param name="PrimaryId">FAERS <c>primaryid</c> (AERS <c>isr</c>) of the report version.</param>
/// <param name="QuarterOrdinal">The source quarter, as <see cref="Model.Quarter.Ordinal"/>.</param>
public readonly record struct CaseVersion(long CaseId, int FdaDate, long PrimaryId, int QuarterOrdinal)
{
    /// <summary>
    /// Orders versions as <see cref="CaseDeduplication"/>'s rule ranks them: ascending case id, then, within a case, the
    /// kept version first — latest <c>fda_dt</c>, then highest primary id, then latest quarter. 0 only when all four keys
    /// are equal (the same report seen twice).
    /// </summary>
    public static int CompareByRule(in CaseVersion a, in CaseVersion b)
    {
        var cmp = a.CaseId.CompareTo(b.CaseId);
        if (cmp != 0)
        {
            return cmp;
        }

        cmp = b.FdaDate.CompareTo(a.FdaDate);
        if (cmp != 0)
        {
            return cmp;
        }

        cmp = b.PrimaryId.CompareTo(a.PrimaryId);
        return cmp != 0 ? cmp : b.QuarterOrdinal.CompareTo(a.QuarterOrdinal);
    }
}
