namespace Causa.Web.Models;

/// <summary>How the reports of a drug and a condition changed year by year (the trend use case), for the answer page.</summary>
/// <param name="Summary">One plain sentence with the numbers ("... first stood out in 2019, and has in every year since").</param>
/// <param name="Chart">Reports and PRR with its interval per year, or null when there is no year to draw.</param>
/// <param name="Notes">Plain sentences for what the chart cannot show: years with too few reports or none of the drug,
/// reports without a date, and how to read a trend.</param>
/// <param name="Source">The FAERS store the trend comes from.</param>
public sealed record TrendModel(string Summary, IntervalChartModel? Chart, IReadOnlyList<string> Notes, SourceInfo Source);
