using Causa.Core.Statistics;

namespace Causa.Application.Mgps;

/// <summary>The pairs of an MGPS input table, with the observed and expected counts to score.</summary>
/// <param name="Pairs">One entry per (var1, var2) pair, in file order (pair tables) or the builder's order (raw rows).</param>
/// <param name="Warnings">What the expected-count builder noticed in raw rows (e.g. an id in several strata); strata keys
/// are shown with <c>|</c> between fields.</param>
/// <param name="Strata">For raw rows, the strata the expected counts were summed over; null for a pair table, whose E is
/// taken as written.</param>
public sealed record MgpsTable(IReadOnlyList<PairCount> Pairs, IReadOnlyList<string> Warnings, MgpsStrata? Strata);
