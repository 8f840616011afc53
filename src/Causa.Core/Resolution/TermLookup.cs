namespace Causa.Core.Resolution;

/// <summary>The answer to an event-term lookup.</summary>
/// <param name="Input">The text as given.</param>
/// <param name="Match">The MedDRA preferred term; null when unresolved or ambiguous.</param>
/// <param name="Kind">Why it matched.</param>
/// <param name="Language">ISO 639-1 language of the wording that matched ("en", "nl", "de", "fr", "es"); null when not from the lexicon.</param>
/// <param name="Confidence">0–1; 0 when unresolved or ambiguous.</param>
/// <param name="Alternatives">Other candidates (the choices when ambiguous), best first.</param>
/// <param name="Related">Related but separate preferred terms ("Sciatica" for "Back pain"): shown, never merged into the match.</param>
/// <param name="Suggestions">For unresolved text: "did you mean" terms; otherwise empty.</param>
public sealed record TermLookup(
    string Input,
    string? Match,
    TermMatchKind Kind,
    string? Language,
    double Confidence,
    IReadOnlyList<TermAlternative> Alternatives,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>The term when the wording names it outright (an exact, lay-term, language, synonym or abbreviation
    /// reading); null for a partial, misspelt or ambiguous reading, and when nothing was found.</summary>
    public string? FirmMatch => Kind is TermMatchKind.Partial or TermMatchKind.Misspelling or TermMatchKind.Ambiguous ? null : Match;
}
