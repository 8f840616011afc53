using System.Text.Json.Serialization;
using Causa.Core.Resolution;

namespace Causa.Application.Names;

/// <summary>How a text reads as an event wording: the <c>resolve event</c> JSON (keys in this order).</summary>
/// <param name="Input">The text as given.</param>
/// <param name="Match">The MedDRA preferred term it matched; null when none or ambiguous.</param>
/// <param name="Kind">How it matched (snake_case in JSON: <c>exact</c>, <c>lay_term</c>, <c>language</c>...).</param>
/// <param name="Language">The language a foreign wording was recognised in; null for English or no match.</param>
/// <param name="Confidence">0–1, rounded to three decimals.</param>
/// <param name="Alternatives">Candidate terms of an ambiguous wording, best first.</param>
/// <param name="Related">Related but separate terms, not included in the match.</param>
/// <param name="Suggestions">Close known terms offered for an unresolved wording.</param>
public sealed record EventResolveResponse(
    string Input,
    string? Match,
    TermMatchKind Kind,
    string? Language,
    double Confidence,
    IReadOnlyList<EventAlternativeResponse> Alternatives,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>True when the wording found one preferred term; not in the JSON.</summary>
    [JsonIgnore]
    public bool Resolved => Match is not null;

    /// <summary>The response for <paramref name="lookup"/>.</summary>
    public static EventResolveResponse From(TermLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return new EventResolveResponse(
            lookup.Input,
            lookup.Match,
            lookup.Kind,
            lookup.Language,
            Math.Round(lookup.Confidence, 3),
            [.. lookup.Alternatives.Select(static a => new EventAlternativeResponse(a.Term, a.Via, a.Kind, Math.Round(a.Confidence, 3)))],
            lookup.Related,
            lookup.Suggestions);
    }
}
