namespace Causa.Core.Statistics;

/// <summary>The pairs counted by <see cref="ExpectedCountBuilder.Build"/>.</summary>
/// <param name="Pairs">Every pair with N ≥ 1, ordered by Var1 then Var2 (ordinal).</param>
/// <param name="Ids">Unique ids (cases) seen.</param>
/// <param name="Strata">Strata used (1 when unstratified).</param>
/// <param name="Warnings">For example strata with fewer than 50 ids.</param>
public sealed record ExpectedCountTable(IReadOnlyList<PairCount> Pairs, int Ids, int Strata, IReadOnlyList<string> Warnings);
