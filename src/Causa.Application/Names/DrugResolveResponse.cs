using System.Text.Json.Serialization;
using Causa.Core.Names;
using Causa.Core.Resolution;

namespace Causa.Application.Names;

/// <summary>How a text reads as a drug name: the <c>resolve drug</c> JSON (keys in this order).</summary>
/// <param name="Input">The text as given.</param>
/// <param name="Match">The name it matched (brand, ingredient, salt...); null when nothing matched.</param>
/// <param name="Kind">How it matched (snake_case in JSON: <c>brand</c>, <c>non_drug</c>, <c>ambiguous</c>...).</param>
/// <param name="Confidence">0–1, rounded to three decimals.</param>
/// <param name="Ingredients">The active ingredients it resolves to; empty when unresolved, ambiguous or not a drug.</param>
/// <param name="Alternatives">Candidate readings of an ambiguous name, best first.</param>
/// <param name="Suggestions">Close known names offered for an unresolved text.</param>
public sealed record DrugResolveResponse(
    string Input,
    string? Match,
    DrugResolutionKind Kind,
    double Confidence,
    IReadOnlyList<string> Ingredients,
    IReadOnlyList<DrugAlternativeResponse> Alternatives,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>True when the text names ingredients or is recognised as a non-drug (placebo, vitamins...); not in the JSON.</summary>
    [JsonIgnore]
    public bool Resolved => Ingredients.Count > 0 || Kind == DrugResolutionKind.NonDrug;

    /// <summary>The response for <paramref name="lookup"/>.</summary>
    public static DrugResolveResponse From(DrugLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return new DrugResolveResponse(
            lookup.Input,
            lookup.Match,
            lookup.Kind,
            Math.Round(lookup.Confidence, 3),
            lookup.Ingredients,
            [.. lookup.Alternatives.Select(static a => new DrugAlternativeResponse(a.Name, a.Ingredients, a.Distance))],
            lookup.Suggestions);
    }
}
