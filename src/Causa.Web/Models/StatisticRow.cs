namespace Causa.Web.Models;

/// <summary>One disproportionality measure as the analyst section shows it (already formatted).</summary>
/// <param name="Name">The measure ("PRR", "IC", "EBGM").</param>
/// <param name="Estimate">The estimate, formatted invariantly ("1.12").</param>
/// <param name="Interval">The interval with its name ("95% CI 0.98–1.28", "IC025 −0.05").</param>
/// <param name="Reading">How to read it in a few words ("not above 1: no signal").</param>
public sealed record StatisticRow(string Name, string Estimate, string Interval, string Reading);
