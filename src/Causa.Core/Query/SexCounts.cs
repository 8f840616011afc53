using System.Text.Json.Serialization;

namespace Causa.Core.Query;

/// <summary>Cases by patient sex (DEMO <c>sex</c>, legacy <c>gndr_cod</c>).</summary>
/// <param name="F">Female.</param>
/// <param name="M">Male.</param>
/// <param name="Unknown">Missing, unknown or not specified.</param>
public sealed record SexCounts(
    [property: JsonPropertyName("F")] int F,
    [property: JsonPropertyName("M")] int M,
    int Unknown);
