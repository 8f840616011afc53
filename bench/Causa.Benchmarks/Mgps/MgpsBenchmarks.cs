using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Causa.Core.Statistics;

namespace Causa.Benchmarks.Mgps;

/// <summary>
/// MGPS on CAERS (17,189 pairs) and on 100k / 1M synthetic pairs drawn from a known θ: hyperparameter fit,
/// posterior (Qn + EBGM), EB05, EB95 and the whole pipeline. EB05 and EB95 include the posterior they need.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project bench/Causa.Benchmarks -- --filter *MgpsBenchmarks*</c>.
/// The set-up prints the fitted θ (and, for synthetic data, the θ drawn from); the clean-up prints the peak
/// working set of the benchmark process.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class MgpsBenchmarks
{
    private int[] _n = [];
    private double[] _e = [];
    private MgpsScore[] _scores = [];
    private MgpsHyperparameters _theta;

    [Params("caers", "100k", "1M")]
    public string Data { get; set; } = "caers";

    [GlobalSetup]
    public void Setup()
    {
        (_n, _e) = MgpsBenchData.Load(Data);
        _scores = new MgpsScore[_n.Length];
        var fit = MgpsModel.Fit(_n, _e);
        _theta = fit.Hyperparameters ?? throw new InvalidOperationException(fit.Message);
        Console.WriteLine($"// MGPS {Data}: {_n.Length} pairs, {fit.Points} points, status {fit.Status}, fitted {_theta}, loglik {fit.LogLikelihood}");
        if (Data != "caers")
        {
            Console.WriteLine($"// MGPS {Data}: drawn from {MgpsBenchData.SyntheticTheta}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// MGPS {Data}: peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB");
    }

    [Benchmark]
    public MgpsFitResult Fit() => MgpsModel.Fit(_n, _e);

    [Benchmark]
    public MgpsScore[] Posterior()
    {
        MgpsModel.ScoreUnchecked(_theta, _n, _e, _scores, double.NaN, double.NaN);
        return _scores;
    }

    [Benchmark]
    public MgpsScore[] Eb05()
    {
        MgpsModel.ScoreUnchecked(_theta, _n, _e, _scores, 0.05, double.NaN);
        return _scores;
    }

    [Benchmark]
    public MgpsScore[] Eb95()
    {
        MgpsModel.ScoreUnchecked(_theta, _n, _e, _scores, double.NaN, 0.95);
        return _scores;
    }

    [Benchmark]
    public MgpsScore[] Total()
    {
        var fit = MgpsModel.Fit(_n, _e);
        return MgpsModel.Score(fit.Hyperparameters!.Value, _n, _e);
    }
}
