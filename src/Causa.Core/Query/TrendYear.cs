namespace Causa.Core.Query;

/// <summary>One year of a trend.</summary>
/// <param name="Year">Year FDA first received the cases.</param>
/// <param name="InYear">The table over that year's cases alone.</param>
/// <param name="Cumulative">The table over every case first received up to the end of that year.</param>
public sealed record TrendYear(int Year, TrendPoint InYear, TrendPoint Cumulative);
