namespace Causa.Web.Models;

/// <summary>The section for analysts, collapsed by default and opened for print.</summary>
/// <param name="Table">The 2×2 table.</param>
/// <param name="Statistics">PRR, ROR, χ², IC, EBGM with intervals.</param>
/// <param name="Notes">Strata, the store's quarters and case counts, one a line.</param>
/// <param name="Links">Links to the JSON and to case listings.</param>
public sealed record AnalystModel(TwoByTwoModel Table, IReadOnlyList<StatisticRow> Statistics, IReadOnlyList<string> Notes, IReadOnlyList<LinkModel> Links);
