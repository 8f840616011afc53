using System.Diagnostics;
using Causa.Core.Model;
using Causa.Core.Statistics;

namespace Causa.Core.Signals;

/// <summary>
/// Every (ingredient, term) pair with at least one case, with its count, expected count and MGPS scores, sorted by
/// ingredient id then term id. Arrays are parallel.
/// </summary>
/// <remarks>
/// Memory: 16 bytes a pair (term id, N, E) plus one offset per ingredient. The scores are computed when asked for,
/// either all at once (<see cref="Scores"/>, 32 bytes a pair, kept) or a block at a time (<see cref="ScoreRange"/>, for
/// writing them out without holding them); both give every pair the same score. Thread-safe.
/// </remarks>
public sealed class SignalScanResult
{
    private readonly int[] _offsets;
    private readonly Lock _gate = new();
    private readonly TimeSpan _counting;
    private readonly TimeSpan _expected;
    private readonly TimeSpan _fit;
    private int[]? _ingredients;
    private MgpsScore[]? _scores;
    private MgpsPosterior.Scorer? _scorer;
    private long _scoringTicks;

    internal SignalScanResult(int[] offsets, int[] terms, int[] counts, double[] expected, MgpsHyperparameters? theta, MgpsFitResult? fit, RoleFilter roles, StratumFields strata, int strataUsed, int sparseStrata, IReadOnlyList<string> warnings, ulong storeFingerprint, (TimeSpan Counting, TimeSpan Expected, TimeSpan Fit) timings)
    {
        Debug.Assert(offsets.Length >= 1 && offsets[0] == 0 && offsets[^1] == terms.Length);
        _offsets = offsets;
        Terms = terms;
        Counts = counts;
        Expected = expected;
        Theta = theta;
        Fit = fit;
        Roles = roles;
        Strata = strata;
        StrataUsed = strataUsed;
        SparseStrata = sparseStrata;
        Warnings = warnings;
        StoreFingerprint = storeFingerprint;
        (_counting, _expected, _fit) = timings;
    }

    /// <summary>Ingredient id of each pair (made from <see cref="IngredientOffsets"/> on first use, 4 bytes a pair).</summary>
    public int[] Ingredients
    {
        get
        {
            lock (_gate)
            {
                if (_ingredients is null)
                {
                    var ingredients = new int[Terms.Length];
                    for (var d = 0; d + 1 < _offsets.Length; d++)
                    {
                        Array.Fill(ingredients, d, _offsets[d], _offsets[d + 1] - _offsets[d]);
                    }

                    _ingredients = ingredients;
                }

                return _ingredients;
            }
        }
    }

    /// <summary>Where each ingredient's pairs start: ingredient d has pairs [offsets[d], offsets[d + 1]); one entry per
    /// ingredient of the store plus a last one equal to <see cref="Count"/>.</summary>
    public ReadOnlySpan<int> IngredientOffsets => _offsets;

    /// <summary>Term id of each pair.</summary>
    public int[] Terms { get; }

    /// <summary>Cases with both (N, the a of the 2×2 table).</summary>
    public int[] Counts { get; }

    /// <summary>Expected count E under independence within strata.</summary>
    public double[] Expected { get; }

    /// <summary>EBGM, EB05, EB95 and Qn of every pair; all NaN when the prior could not be fitted. Computed on first use
    /// and kept (32 bytes a pair); <see cref="ScoreRange"/> scores a block without keeping it.</summary>
    public MgpsScore[] Scores
    {
        get
        {
            lock (_gate)
            {
                if (_scores is null)
                {
                    var scores = new MgpsScore[Count];
                    ScoreRange(0, scores, Count);
                    _scores = scores;
                }

                return _scores;
            }
        }
    }

    /// <summary>The prior used; null when the fit failed.</summary>
    public MgpsHyperparameters? Theta { get; }

    /// <summary>The fit and its diagnostics; null when a prior was given.</summary>
    public MgpsFitResult? Fit { get; }

    /// <summary>Drug roles counted.</summary>
    public RoleFilter Roles { get; }

    /// <summary>Strata used for E.</summary>
    public StratumFields Strata { get; }

    /// <summary>Strata with at least one case.</summary>
    public int StrataUsed { get; }

    /// <summary>Non-empty strata with fewer cases than the sparse threshold.</summary>
    public int SparseStrata { get; }

    /// <summary>Warnings for the user (sparse strata, fit problems).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Identity of the store content the scan was computed from.</summary>
    public ulong StoreFingerprint { get; }

    /// <summary>Time spent per stage; scoring counts the scores computed so far (by <see cref="Scores"/> or
    /// <see cref="ScoreRange"/>, for example while the scan is saved).</summary>
    public SignalScanTimings Timings => new(_counting, _expected, _fit, TimeSpan.FromTicks(Interlocked.Read(ref _scoringTicks)));

    /// <summary>Number of pairs.</summary>
    public int Count => Counts.Length;

    /// <summary>What the scan did (counts, fit, warnings, timings so far), without the pairs.</summary>
    public SignalScanReport Report() => new(Count, Theta, Fit, StrataUsed, SparseStrata, Warnings, Timings);

    /// <summary>Scores pairs <paramref name="start"/> … <paramref name="start"/> + <paramref name="count"/> − 1 into
    /// <paramref name="destination"/>[0 … <paramref name="count"/> − 1]; each pair gets the score <see cref="Scores"/> gives it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the pairs or the destination is too short.</exception>
    public void ScoreRange(int start, MgpsScore[] destination, int count)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Math.Min(destination.Length, Count - start));
        var clock = Stopwatch.StartNew();
        if (Theta is { } theta)
        {
            // The quantile tables depend on all the pairs (the E range and pair count of each N): built once.
            MgpsPosterior.Scorer scorer;
            lock (_gate)
            {
                scorer = _scorer ??= new MgpsPosterior.Scorer(theta, Counts, Expected, 0.05, 0.95);
            }

            scorer.Score(Counts, Expected, start, destination, count);
        }
        else
        {
            Array.Fill(destination, new MgpsScore(double.NaN, double.NaN, double.NaN, double.NaN), 0, count);
        }

        Interlocked.Add(ref _scoringTicks, clock.Elapsed.Ticks);
    }
}
