namespace Causa.Core.Statistics;

/// <summary>Settings of an MGPS hyperparameter fit. Immutable; <see cref="Default"/> mirrors openEBGM's <c>autoHyper</c>.</summary>
public sealed record MgpsFitOptions
{
    /// <summary>The defaults: N* detected, grid squashing, the five vignette starts, openEBGM's bounds and tolerances.</summary>
    public static MgpsFitOptions Default { get; } = new();

    /// <summary>Truncation point N* (≥ 1); null means the smallest N in the data (1 for a full table, 3 for a published N ≥ 3 table).</summary>
    public int? NStar { get; init; }

    /// <summary>How pairs are reduced before fitting.</summary>
    public MgpsSquashMode Squash { get; init; } = MgpsSquashMode.Grid;

    /// <summary>Relative width of E bins for <see cref="MgpsSquashMode.Grid"/> (default 1e-3; must be &gt; 0 and ≤ 0.1).</summary>
    public double GridWidth { get; init; } = 1e-3;

    /// <summary>Starting points (at least two, for the agreement check).</summary>
    public IReadOnlyList<MgpsHyperparameters> Starts { get; init; } = MgpsHyperparameters.DefaultStarts;

    /// <summary>Upper bound for every α and β (openEBGM's <c>param_limit</c>, default 100).</summary>
    public double ParameterLimit { get; init; } = 100;

    /// <summary>Lower bound for every α and β (default 1e-5).</summary>
    public double ParameterFloor { get; init; } = 1e-5;

    /// <summary>Bounds of P are [PFloor, 1 − PFloor] (default 1e-6).</summary>
    public double PFloor { get; init; } = 1e-6;

    /// <summary>Maximum quasi-Newton iterations per start (default 300).</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>
    /// Absolute agreement tolerances for (α₁, β₁, α₂, β₂, P) between the best start and another convergent start
    /// (openEBGM's <c>autoHyper</c> default 0.05, 0.05, 0.2, 0.2, 0.025).
    /// </summary>
    public IReadOnlyList<double> AgreementTolerance { get; init; } = [0.05, 0.05, 0.2, 0.2, 0.025];

    /// <summary>Run the starts on a coarse squash when the reduced data have more points than this (default 4000); the best start is then polished on the full reduced data.</summary>
    public int ScreeningThreshold { get; init; } = 4000;
}
