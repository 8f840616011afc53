namespace Causa.Core.Resolution;

/// <summary>A candidate preferred term offered beside or instead of the match.</summary>
/// <param name="Term">The MedDRA preferred term.</param>
/// <param name="Via">The known wording that led to it.</param>
/// <param name="Kind">How that wording matched.</param>
/// <param name="Confidence">0–1.</param>
public sealed record TermAlternative(string Term, string Via, TermMatchKind Kind, double Confidence);
