using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Causa.Benchmarks -- --filter *` runs every benchmark;
// see docs/PERFORMANCE.md for the ones recorded there.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
