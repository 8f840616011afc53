using Causa.Core.Resolution;


namespace Causa.Application.Queries;

/// <summary>How an event the user typed was resolved, as <c>ask --json</c> shows it in <c>event_match</c>.</summary>
/// <param name="Input">What the user typed.</param>
/// <param name="Match">The MedDRA preferred term it resolved to.</param>
/// <param name="Kind">How (exact, lay_term, synonym, misspelling...).</param>
/// <param name="Confidence">0–1, rounded to 3 decimals.</param>
/// <param name="Language">The language of a lay wording; null otherwise.</param>
/// <param name="Related">Related terms, never merged into the answer: ask about them separately.</param>
public sealed record EventMatchResponse(string Input, string? Match, string Kind, double Confidence, string? Language, IReadOnlyList<string> Related)
{
    /// <summary>The response for a resolved event.</summary>
    public static EventMatchResponse From(NameMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.Input, match.Name, match.How, Math.Round(match.Confidence, 3), match.Language, match.Related);
    }
}
