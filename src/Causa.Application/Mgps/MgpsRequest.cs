using Causa.Core.Statistics;

namespace Causa.Application.Mgps;

/// <summary>How to score an MGPS table.</summary>
/// <param name="Theta">Score with this prior instead of fitting one; null to fit.</param>
/// <param name="NStar">Fit (or, with <paramref name="Theta"/>, evaluate the likelihood) on pairs with N ≥ N* only;
/// null for the smallest positive N of the table. At least 1.</param>
/// <param name="Squash">True to squash the pairs as openEBGM's autoSquash before fitting (faster, approximate).</param>
public sealed record MgpsRequest(MgpsHyperparameters? Theta = null, int? NStar = null, bool Squash = false);
