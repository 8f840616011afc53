using System.Text.Json.Serialization;

namespace Causa.Core.Evidence;

/// <summary>When to see a doctor, for an answer: <c>{sign, source}</c>.</summary>
/// <param name="Sign">One plain sentence in Causa's own words.</param>
/// <param name="Source">Where the facts come from: "Organisation: page title (URL)".</param>
/// <param name="Urgency"><c>emergency</c>, <c>urgent</c> or <c>soon</c> (not serialised in <c>warning_signs</c>; for front ends that order or mark signs).</param>
/// <param name="Subject">The preferred term the sign is about (not serialised).</param>
public sealed record WarningSignItem(string Sign, string Source, [property: JsonIgnore] string Urgency, [property: JsonIgnore] string Subject);
