namespace Causa.Core.Query;

/// <summary>Ages of the cases, in years (converted from <c>age</c> and its unit <c>age_cod</c>: decades, years, months,
/// weeks, days, hours; ages outside 0–120 years count as unknown).</summary>
/// <param name="N">Cases with an age.</param>
/// <param name="Median">Median age in years (type 7 quantile), rounded to 0.1; null when <paramref name="N"/> is 0.</param>
/// <param name="Q1">First quartile, years; null when <paramref name="N"/> is 0.</param>
/// <param name="Q3">Third quartile, years; null when <paramref name="N"/> is 0.</param>
/// <param name="Groups">Cases per age band, in band order ("&lt;2", "2-11", "12-17", "18-44", "45-64", "65-74", "75+",
/// "unknown"); every band is listed, zero included.</param>
public sealed record AgeSummary(int N, double? Median, double? Q1, double? Q3, IReadOnlyDictionary<string, int> Groups);
