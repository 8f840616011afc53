using System.Text.Json.Serialization;

namespace Causa.Checking;

/// <summary>How a claim compares with the evidence (the table is in docs/CHECKER.md and on <see cref="ClaimRating.Assess"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimAssessment>))]
public enum ClaimAssessment
{
    /// <summary><c>supported</c>: the evidence says what the claim says.</summary>
    [JsonStringEnumMemberName("supported")]
    Supported = 0,

    /// <summary><c>contradicted</c>: the evidence says the opposite.</summary>
    [JsonStringEnumMemberName("contradicted")]
    Contradicted = 1,

    /// <summary><c>unsupported</c>: the sources know the drug, but what they show is too weak to back the claim.</summary>
    [JsonStringEnumMemberName("unsupported")]
    Unsupported = 2,

    /// <summary><c>not-assessable</c>: no verdict could be given (the drug or condition is unknown to the sources, or there is no data).</summary>
    [JsonStringEnumMemberName("not-assessable")]
    NotAssessable = 3,
}
