namespace Causa.Core.Query;

/// <summary>
/// How to read a <see cref="TrendAnswer"/> in one sentence: whether and when the pair first stood out, counting every case
/// up to each year (the cumulative table, as a reviewer would have seen it at the end of that year), and which years
/// have too few cases, or none of the drug, to say anything on their own. Pure.
/// </summary>
/// <remarks>
/// A year's cumulative table stands out when it has at least <see cref="MinimumCases"/> cases of the pair and the lower
/// 95% bound of its PRR is above 1: the pair is reported more often with the drug than with other drugs, beyond chance.
/// This is the reading's own threshold for a sentence, not a verdict (docs/EVIDENCE.md's rules decide verdicts).
/// </remarks>
/// <param name="Shape">What the reports did.</param>
/// <param name="Since">The first year the cumulative table stood out (<see cref="TrendShape.FromTheStart"/>,
/// <see cref="TrendShape.Emerged"/>, <see cref="TrendShape.Faded"/>); null otherwise.</param>
/// <param name="Until">For <see cref="TrendShape.Faded"/>, the last year it stood out; null otherwise.</param>
/// <param name="FewYears">Years with at least one case of the pair but fewer than <see cref="MinimumCases"/>: each
/// year's own PRR is too uncertain to read. Ascending.</param>
/// <param name="YearsWithoutDrug">Years in the range with no case of the drug at all. Ascending.</param>
/// <param name="Last">The last year's cumulative table, or null when there are no years.</param>
public sealed record TrendReading(
    TrendShape Shape,
    int? Since,
    int? Until,
    IReadOnlyList<int> FewYears,
    IReadOnlyList<int> YearsWithoutDrug,
    TrendPoint? Last)
{
    /// <summary>Cases of the pair a table needs before its PRR is read (Evans et al.'s a ≥ 3, as in docs/STATISTICS.md).</summary>
    public const int MinimumCases = 3;

    /// <summary>Reads <paramref name="trend"/>.</summary>
    /// <param name="trend">The trend; its years ascending, as <see cref="TrendQueries"/> gives them.</param>
    /// <returns>The reading; <see cref="TrendShape.NoReports"/> for a trend without years or without a case of the pair.</returns>
    public static TrendReading Of(TrendAnswer trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var years = trend.Years;
        var few = years.Where(static y => y.InYear.Cases is > 0 and < MinimumCases).Select(static y => y.Year).ToList();
        var withoutDrug = years.Where(static y => y.InYear.DrugCases == 0).Select(static y => y.Year).ToList();
        var last = years.Count == 0 ? null : years[^1].Cumulative;
        if (last is null || last.Cases == 0)
        {
            return new TrendReading(TrendShape.NoReports, null, null, few, withoutDrug, last);
        }

        if (last.Cases < MinimumCases)
        {
            return new TrendReading(TrendShape.TooFew, null, null, few, withoutDrug, last);
        }

        int? since = null, until = null, firstEnough = null;
        foreach (var year in years)
        {
            var point = year.Cumulative;
            if (point.Cases < MinimumCases)
            {
                continue;
            }

            firstEnough ??= year.Year;
            if (StandsOut(point))
            {
                since ??= year.Year;
                until = year.Year;
            }
            else if (since is not null && year != years[^1])
            {
                // A dip before the last year: the sentence is about whether it stands out now, and since when.
                since = null;
            }
        }

        if (since is null && until is null)
        {
            return new TrendReading(TrendShape.NeverStoodOut, null, null, few, withoutDrug, last);
        }

        if (!StandsOut(last))
        {
            return new TrendReading(TrendShape.Faded, FirstStandingOut(years), until, few, withoutDrug, last);
        }

        return new TrendReading(since == firstEnough ? TrendShape.FromTheStart : TrendShape.Emerged, since, null, few, withoutDrug, last);
    }

    /// <summary>True when a table has enough cases and its PRR's lower bound is above 1.</summary>
    public static bool StandsOut(TrendPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Cases >= MinimumCases && point.PrrLower is > 1;
    }

    private static int? FirstStandingOut(IReadOnlyList<TrendYear> years) => years.FirstOrDefault(static y => StandsOut(y.Cumulative))?.Year;
}
