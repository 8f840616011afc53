namespace Causa.Checking;

/// <summary>The result of checking one article; serialised with <see cref="CheckJson.CreateOptions"/> it is the check's JSON.</summary>
/// <param name="Claims">The rated claims, in order of first quote.</param>
/// <param name="Summary">Counts and self-contradictions.</param>
/// <param name="Format">The format the input was read as.</param>
/// <param name="Offsets">What quote offsets count: always <see cref="OffsetsDescription"/>.</param>
/// <param name="Text">The reduced text the offsets point into.</param>
public sealed record ArticleCheck(IReadOnlyList<RatedClaim> Claims, CheckSummary Summary, ArticleFormat Format, string Offsets, string Text)
{
    /// <summary>The value of <see cref="Offsets"/>.</summary>
    public const string OffsetsDescription = "UTF-16 code units in the reduced text (field text), 0-based, end exclusive";
}
