namespace Causa.Core.Query;

/// <summary>A 2×2 table over the cases FDA first received in a period, and its disproportionality.</summary>
/// <param name="Cases">Cases with the drug and the event (cell a).</param>
/// <param name="DrugCases">Cases with the drug (a + b).</param>
/// <param name="EventCases">Cases with the event (a + c).</param>
/// <param name="N">All cases of the period.</param>
/// <param name="Prr">Proportional reporting ratio; null when a zero cell leaves it undefined.</param>
/// <param name="PrrLower">Lower 95% bound of the PRR; null with it.</param>
/// <param name="PrrUpper">Upper 95% bound of the PRR; null with it.</param>
/// <param name="Ic025">Lower 95% credibility bound of the BCPNN information component; above 0 is a signal; null when
/// <paramref name="N"/> is 0.</param>
public sealed record TrendPoint(int Cases, int DrugCases, int EventCases, int N, double? Prr, double? PrrLower, double? PrrUpper, double? Ic025);
