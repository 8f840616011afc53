using System.Text.Json.Serialization;
using Causa.Core.Verdicts;

namespace Causa.Core.Evidence;

/// <summary>The answer to "can it cause?": the verdict and every evidence line behind it.</summary>
/// <param name="Level">The verdict as an enum (not serialised; <see cref="Verdict"/> carries it).</param>
/// <param name="Lines">Evidence lines, labels first, then count tables and reports.</param>
public sealed record CauseAssessment([property: JsonIgnore] CauseVerdict Level, IReadOnlyList<EvidenceLine> Lines)
{
    /// <summary>The verdict as written in answers: <c>established</c>, <c>possible</c>, <c>weak</c>, <c>none-found</c>, <c>insufficient-data</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Verdict => EvidenceRules.Text(Level);
}
