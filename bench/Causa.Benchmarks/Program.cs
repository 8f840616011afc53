using BenchmarkDotNet.Running;
using Causa.Benchmarks.Answers;
using Causa.Benchmarks.Ingest;
using Causa.Benchmarks.Profiles;
using Causa.Benchmarks.Reading;
using Causa.Benchmarks.Vocabulary;

// Measurement programs (docs/PERFORMANCE.md records their results):
//   `-- ingest [ZIP]`          whole ingest of a quarter vs unzip -p, peak memory, ask latency (Ingest/IngestBench.cs)
//   `-- read-faers QUARTER.zip` the FAERS reader alone vs unzip -p (Reading/ReaderThroughput.cs)
//   `-- vocab [DATA_DIR]`      name resolution speed: a full quarter's distinct drug names, single lookups, completion (Vocabulary/VocabularyBench.cs)
//   `-- answers STORE [FILE]`  ask --batch throughput over one opened workspace, and its parts (Answers/AnswerBench.cs)
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
