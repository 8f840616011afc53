using Causa.Core.Resolution;


namespace Causa.Application.Queries;

/// <summary>How a drug name the user typed was resolved, as <c>ask --json</c> shows it in <c>drug_match</c>.</summary>
/// <param name="Input">What the user typed.</param>
/// <param name="Match">The ingredient it resolved to.</param>
/// <param name="Kind">How (exact, brand, salt, misspelling...).</param>
/// <param name="Confidence">0–1, rounded to 3 decimals.</param>
public sealed record NameMatchResponse(string Input, string? Match, string Kind, double Confidence)
{
    /// <summary>The response for a resolved drug.</summary>
    public static NameMatchResponse From(NameMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new(match.Input, match.Name, match.How, Math.Round(match.Confidence, 3));
    }
}
