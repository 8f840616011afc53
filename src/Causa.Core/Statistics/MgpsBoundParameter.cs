namespace Causa.Core.Statistics;

/// <summary>A hyperparameter of an MGPS fit that ended on one of the box bounds of <see cref="MgpsFitOptions"/>.</summary>
/// <param name="Name">alpha1, beta1, alpha2, beta2 or P.</param>
/// <param name="Value">The parameter's value in the reported fit.</param>
/// <param name="Bound">The bound it sits on (for α and β: <see cref="MgpsFitOptions.ParameterFloor"/> or <see cref="MgpsFitOptions.ParameterLimit"/>; for P: <see cref="MgpsFitOptions.PFloor"/> or 1 − PFloor).</param>
/// <param name="IsLowerBound">True for the lower bound, false for the upper one.</param>
public sealed record MgpsBoundParameter(string Name, double Value, double Bound, bool IsLowerBound);
