using BenchmarkDotNet.Running;
using Causa.Benchmarks.Answers;
using Causa.Benchmarks.Ingest;
using Causa.Benchmarks.Mgps;
using Causa.Benchmarks.Profiles;
using Causa.Benchmarks.Reading;
using Causa.Benchmarks.Scale;
using Causa.Benchmarks.Signals;
using Causa.Benchmarks.Vocabulary;

// Measurement programs (docs/PERFORMANCE.md records their results):
//   `-- ingest [ZIP]`          whole ingest of a quarter vs unzip -p, peak memory, ask latency (Ingest/IngestBench.cs)
//   `-- read-faers QUARTER.zip` the FAERS reader alone vs unzip -p (Reading/ReaderThroughput.cs)
//   `-- scale N`              N synthetic quarters ingested at once and one by one; per-step time and peak memory, store size,
//                             info/ask process times, the signals scan, projection to 90 quarters (Scale/ScaleBench.cs)
//   `-- mgps-table PAIRS OUT` a synthetic pair table for timing the whole `causa mgps` process (Mgps/MgpsTableWriter.cs)
//   `-- vocab [DATA_DIR]`      name resolution speed: a full quarter's distinct drug names, single lookups, completion (Vocabulary/VocabularyBench.cs)
//   `-- learned STORE [RUNS]`  what an update pays for the store's learned names: counting, merging, name tables (Vocabulary/LearnedMergeBench.cs)
//   `-- answers STORE [FILE]`  ask --batch throughput over one opened workspace, and its parts (Answers/AnswerBench.cs)
//   `-- signals STORE [RUNS]`  the whole-store signal scan in-process: stages, fit points and evaluations (Signals/SignalsBench.cs)
//   `-- profile DIR`           four synthetic quarters ingested into one store; pair profile latency (Profiles/ProfileBench.cs)
// Anything else goes to BenchmarkDotNet: `-- --filter *`.
if (args.Length > 0 && args[0] == "ingest")
{
    return IngestBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "profile")
{
    return ProfileBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "answers")
{
    return AnswerBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "signals")
{
    return SignalsBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "scale")
{
    return ScaleBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "mgps-table")
{
    return MgpsTableWriter.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "learned")
{
    return LearnedMergeBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "vocab")
{
    return VocabularyBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] is "read-faers" or "make-quarter" or "reader-stages")
{
    return ReaderThroughput.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(IngestBench).Assembly).Run(args);
return 0;
