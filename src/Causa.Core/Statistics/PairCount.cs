namespace Causa.Core.Statistics;

/// <summary>One var1–var2 pair (e.g. drug–event) with its observed and expected counts.</summary>
/// <param name="Var1">First variable (drug/product).</param>
/// <param name="Var2">Second variable (event).</param>
/// <param name="N">Unique ids (cases) reporting both.</param>
/// <param name="E">Expected count under independence (see <see cref="ExpectedCountBuilder"/>).</param>
public sealed record PairCount(string Var1, string Var2, int N, double E);
