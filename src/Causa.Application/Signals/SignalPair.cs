using Causa.Core.Statistics;

namespace Causa.Application.Signals;

/// <summary>One pair of a saved scan, by store ids.</summary>
/// <param name="Drug">Ingredient id.</param>
/// <param name="Term">Term id.</param>
/// <param name="N">Cases reporting both.</param>
/// <param name="E">Stratified expected count.</param>
/// <param name="Score">MGPS EBGM, EB05, EB95 and Qn.</param>
public readonly record struct SignalPair(int Drug, int Term, int N, double E, MgpsScore Score);
