namespace Causa.Application.Mgps;

/// <summary>The strata behind the expected counts of raw rows: E = Σₛ N(var1, s)·N(var2, s)/N(ids, s).</summary>
/// <param name="Columns">The header names of the columns that define a stratum (those whose name contains <c>strat</c>),
/// in file order; empty when E was computed over all ids at once (no such column, or <c>--unstratified</c>).</param>
/// <param name="Count">Distinct strata (combinations of those columns' values) met in the rows; 0 when
/// <paramref name="Columns"/> is empty.</param>
public sealed record MgpsStrata(IReadOnlyList<string> Columns, int Count)
{
    /// <summary>One line for a person: <c>strata: strat1 (12 strata)</c>, <c>strata: sex,age (1 stratum)</c> or
    /// <c>strata: none</c>.</summary>
    public string Describe() => Columns.Count == 0
        ? "strata: none"
        : $"strata: {string.Join(',', Columns)} ({Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(Count == 1 ? "stratum" : "strata")})";
}
