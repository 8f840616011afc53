using Causa.Core.Evidence;
using Causa.Core.Tests.Sources;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Evidence;

/// <summary>
/// Measures how well today's "can it cause?" verdict orders the held-out part of the calibration reference set, asking
/// <see cref="EvidenceAssessor"/> directly with the real sources of <see cref="RealSources"/> (no FAERS store, no name
/// resolution: the reference set's DrugCentral names and preferred terms as written). The figures are quoted in
/// docs/EVIDENCE.md ("Calibration").
/// </summary>
public sealed class CalibrationMeasurementTests(ITestOutputHelper output)
{
    /// <summary>Ordinal score of a verdict: evidence against lowest, no data next, then weak, possible, established.</summary>
    internal static int Score(CauseVerdict verdict) => verdict switch
    {
        CauseVerdict.NoneFound => 0,
        CauseVerdict.InsufficientData => 1,
        CauseVerdict.Weak => 2,
        CauseVerdict.Possible => 3,
        CauseVerdict.Established => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    [Fact]
    public void Ordinal_auc_counts_ties_as_one_half()
    {
        // Positives 3, 2, 2 against negatives 1, 2, 0: 3 + 2.5 + 2.5 = 8 wins of 9 pairs.
        Assert.Equal(8.0 / 9, OrdinalAuc.Compute([(3, true), (2, true), (2, true), (1, false), (2, false), (0, false)]), 12);
        Assert.Equal(0.5, OrdinalAuc.Compute([(1, true), (1, false)]), 12);
        Assert.True(double.IsNaN(OrdinalAuc.Compute([(1, true)])));
    }

    [Fact]
    public void Todays_verdict_separates_held_out_true_and_false_pairs_better_than_chance()
    {
        var scored = new List<(CalibrationPair Pair, CauseVerdict Verdict)>();
        foreach (var pair in CalibrationReference.All.Where(static p => p.IsTest))
        {
            var answer = EvidenceAssessor.Assess(pair.Drug, pair.EventTerm, null, RealSources.All);
            scored.Add((pair, answer.Cause.Level));
        }

        var auc = OrdinalAuc.Compute([.. scored.Select(static s => (Score(s.Verdict), s.Pair.IsTrue))]);
        var answered = scored.Count(static s => s.Verdict != CauseVerdict.InsufficientData);
        output.WriteLine($"held-out pairs {scored.Count} ({scored.Count(static s => s.Pair.IsTrue)} true); answered {answered}; AUC {auc:F3}");
        foreach (var truth in new[] { true, false })
        {
            var counts = scored.Where(s => s.Pair.IsTrue == truth).GroupBy(static s => s.Verdict).OrderBy(static g => g.Key)
                .Select(static g => $"{EvidenceRules.Text(g.Key)} {g.Count()}");
            output.WriteLine($"{(truth ? "true " : "false")}: " + string.Join(", ", counts));
        }

        Assert.True(auc > 0.5, $"AUC {auc:F3} on {scored.Count} held-out pairs");
    }
}
