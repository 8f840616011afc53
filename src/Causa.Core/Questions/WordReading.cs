namespace Causa.Core.Questions;

/// <summary>How one span of the question was read.</summary>
/// <param name="Text">The words as written in the question.</param>
/// <param name="Role"><c>drug</c>, <c>class</c>, <c>condition</c>, <c>cue</c> (a phrase that sets the question kind) or <c>ignored</c>.</param>
/// <param name="ReadAs">What the words were read as (ingredient, class name, preferred term, or the kind a cue sets); empty for ignored words.</param>
/// <param name="Certainty">How sure the reading is.</param>
/// <param name="Alternatives">Other readings, best first; empty when none.</param>
/// <param name="Language">ISO 639-1 language of the cue or wording that matched; null when not known.</param>
public sealed record WordReading(string Text, string Role, string ReadAs, ReadingCertainty Certainty, IReadOnlyList<string> Alternatives, string? Language)
{
    /// <summary>Why the reading is not certain, in a few plain words ("a guess", "a near spelling", "harm to it",
    /// "only part of \"lower back ache\" was recognised"); null for a confident reading or when the certainty says it all.
    /// The alternatives are not repeated here.</summary>
    public string? Note { get; init; }
}
