using System.Text.Json.Serialization;

namespace Causa.Checking;

/// <summary>What an article says a drug does to a condition.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimRelation>))]
public enum ClaimRelation
{
    /// <summary><c>causes</c>: the drug causes, induces or raises the risk of the condition (a side effect).</summary>
    [JsonStringEnumMemberName("causes")]
    Causes = 0,

    /// <summary><c>treats</c>: the drug treats, relieves, prevents or is used or approved for the condition.</summary>
    [JsonStringEnumMemberName("treats")]
    Treats = 1,
}
