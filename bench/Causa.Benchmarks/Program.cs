using BenchmarkDotNet.Running;
using Causa.Benchmarks.Reading;

// `dotnet run -c Release --project bench/Causa.Benchmarks -- --filter *` runs every benchmark;
// see docs/PERFORMANCE.md for the ones recorded there.
// `-- read-faers QUARTER.zip` times the FAERS reader against unzip -p (see Reading/ReaderThroughput.cs).
if (args.Length > 0 && args[0] is "read-faers" or "make-quarter" or "reader-stages")
{
    return ReaderThroughput.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
