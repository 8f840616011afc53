using BenchmarkDotNet.Attributes;
using Causa.Faers.Reading;

namespace Causa.Benchmarks.Reading;

/// <summary>
/// BenchmarkDotNet view of the reader on a quarter given by <c>CAUSA_BENCH_QUARTER</c> (a zip or folder; default:
/// the 2020Q3 10k-row sample), sequential versus parallel tables.
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
        var path = Environment.GetEnvironmentVariable("CAUSA_BENCH_QUARTER")
            ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "data", "faers", "ubesp_2020q3_first10k");
        _source = FaersSourceLocator.Discover(path).Single();
    }

    [Benchmark]
    public int ReadQuarter()
        => new FaersQuarterReader(new FaersReaderOptions { MaxDegreeOfParallelism = Parallelism }).Read(_source).Batch!.Drugs.Count;
}
