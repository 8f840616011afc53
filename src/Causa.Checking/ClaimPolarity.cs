using System.Text.Json.Serialization;

namespace Causa.Checking;

/// <summary>Whether the article states a relation or denies it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimPolarity>))]
public enum ClaimPolarity
{
    /// <summary><c>asserted</c>: stated, hedged or not ("may cause", "is used to treat").</summary>
    [JsonStringEnumMemberName("asserted")]
    Asserted = 0,

    /// <summary><c>negated</c>: denied ("does not cause", "no evidence that … causes", "not approved for", "is not effective for").</summary>
    [JsonStringEnumMemberName("negated")]
    Negated = 1,
}
