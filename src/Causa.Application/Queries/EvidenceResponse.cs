using System.Text.Json.Serialization;
using Causa.Core.Evidence;

namespace Causa.Application.Queries;

/// <summary>
/// The answer to <see cref="EvidenceRequest"/>: both verdicts with their lines, and the guide (question, reading, class,
/// bottom line, related questions, warning signs). Its JSON (written by <see cref="EvidenceResponseJsonConverter"/>) is the
/// evidence answer's keys followed by the guide's: the contract of <c>evidence --json</c>.
/// </summary>
/// <param name="Answer">Both verdicts; for a class, named after the class with its shared verdicts.</param>
/// <param name="Guide">What the answer carries beside its verdicts.</param>
[JsonConverter(typeof(EvidenceResponseJsonConverter))]
public sealed record EvidenceResponse(EvidenceAnswer Answer, AnswerGuide Guide);
