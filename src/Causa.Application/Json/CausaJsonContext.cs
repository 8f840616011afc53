using System.Text.Json.Serialization;
using Causa.Application.Ingest;
using Causa.Application.Names;
using Causa.Application.Queries;
using Causa.Application.Signals;
using Causa.Application.Sources;
using Causa.Application.Verification;
using Causa.Application.Vocab;
using Causa.Core.Evidence;
using Causa.Core.Query;

namespace Causa.Application.Json;

/// <summary>Source-generated JSON metadata for every response the application layer returns (no reflection, so the
/// JSON works in a Native AOT build). Use it through <see cref="CausaJson"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(AskResponse))]
[JsonSerializable(typeof(PairAnswer))]
[JsonSerializable(typeof(CaseProfile))]
[JsonSerializable(typeof(ProfileResponse))]
[JsonSerializable(typeof(TrendAnswer))]
[JsonSerializable(typeof(ClassComparison))]
[JsonSerializable(typeof(EvidenceAnswer))]
[JsonSerializable(typeof(EvidenceResponse))]
[JsonSerializable(typeof(AnswerGuide))]
[JsonSerializable(typeof(BatchLineError))]
[JsonSerializable(typeof(CauseAssessment))]
[JsonSerializable(typeof(HelpAssessment))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<TopEntry>))]
[JsonSerializable(typeof(StoreSummary))]
[JsonSerializable(typeof(CaseResponse))]
[JsonSerializable(typeof(NameMatchResponse))]
[JsonSerializable(typeof(EventMatchResponse))]
[JsonSerializable(typeof(IngestSummary))]
[JsonSerializable(typeof(CompactSummary))]
[JsonSerializable(typeof(IReadOnlyList<SourceListEntry>))]
[JsonSerializable(typeof(VocabularyApplySummary))]
[JsonSerializable(typeof(SignalRow))]
[JsonSerializable(typeof(DrugResolveResponse))]
[JsonSerializable(typeof(EventResolveResponse))]
[JsonSerializable(typeof(VerifyResponse))]
internal sealed partial class CausaJsonContext : JsonSerializerContext;
