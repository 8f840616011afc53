namespace Causa.Core.Query;

/// <summary>
/// Days from the start of the drug's therapy (THER <c>start_dt</c> of the matching <c>dsg_drug_seq</c>) to the event
/// (DEMO <c>event_dt</c>), over cases where both dates are complete (year, month and day).
/// </summary>
/// <param name="N">Cases with an interval counted.</param>
/// <param name="Median">Median days (type 7 quantile); null when <paramref name="N"/> is 0.</param>
/// <param name="Q1">First quartile, days; null when <paramref name="N"/> is 0.</param>
/// <param name="Q3">Third quartile, days; null when <paramref name="N"/> is 0.</param>
/// <param name="Bins">Cases per interval band ("0", "1-7", "8-30", "31-90", "91-365", "366+"), every band listed.</param>
/// <param name="Excluded">Cases with both dates complete whose interval is negative (event before the start) or
/// implausible (more than <see cref="CaseProfiler.MaxOnsetDays"/> days); not in <paramref name="N"/>.</param>
public sealed record OnsetSummary(int N, double? Median, double? Q1, double? Q3, IReadOnlyDictionary<string, int> Bins, int Excluded);
