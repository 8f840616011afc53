using BenchmarkDotNet.Running;
using Causa.Benchmarks.Ingest;

// `dotnet run -c Release --project bench/Causa.Benchmarks -- ingest [ZIP]` runs the ingest measurement program;
// anything else goes to BenchmarkDotNet (`-- --filter *`). docs/PERFORMANCE.md records the results.
if (args.Length > 0 && args[0] == "ingest")
{
    return IngestBench.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(IngestBench).Assembly).Run(args);
return 0;
