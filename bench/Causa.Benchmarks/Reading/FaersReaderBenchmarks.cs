using BenchmarkDotNet.Attributes;
using Causa.Faers.Reading;

namespace Causa.Benchmarks.Reading;

/// <summary>
/// BenchmarkDotNet view of the reader on a quarter given by <c>CAUSA_BENCH_QUARTER</c> (a zip or folder; default:
/// the 2020Q3 10k-row sample under <c>CAUSA_TEST_DATA</c>), sequential versus parallel tables.
/// </summary>
[MemoryDiagnoser]
public class FaersReaderBenchmarks
{
    private FaersSource _source = null!;

    [Params(1, 2)]
    public int Parallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = Environment.GetEnvironmentVariable("CAUSA_TEST_DATA");
        var path = Environment.GetEnvironmentVariable("CAUSA_BENCH_QUARTER")
            ?? (data is null ? null : Path.Combine(data, "faers", "ubesp_2020q3_first10k"))
            ?? throw new InvalidOperationException("set CAUSA_BENCH_QUARTER to a quarter zip or folder (or CAUSA_TEST_DATA to the shared data folder)");
        _source = FaersSourceLocator.Discover(path).Single();
    }

    [Benchmark]
    public int ReadQuarter()
        => new FaersQuarterReader(new FaersReaderOptions { MaxDegreeOfParallelism = Parallelism }).Read(_source).Batch!.Drugs.Count;
}
