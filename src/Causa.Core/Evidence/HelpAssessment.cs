using System.Text.Json.Serialization;
using Causa.Core.Verdicts;

namespace Causa.Core.Evidence;

/// <summary>The answer to "does it help?": the verdict and every evidence line behind it.</summary>
/// <param name="Level">The verdict as an enum (not serialised; <see cref="Verdict"/> carries it).</param>
/// <param name="Lines">Evidence lines from the indication sources and FAERS INDI.</param>
public sealed record HelpAssessment([property: JsonIgnore] HelpVerdict Level, IReadOnlyList<EvidenceLine> Lines)
{
    /// <summary>The verdict as written in answers: <c>approved</c>, <c>off-label</c>, <c>reported-use</c>, <c>none-found</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Verdict => EvidenceRules.Text(Level);
}
