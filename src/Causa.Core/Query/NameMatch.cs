using Causa.Core.Names;

namespace Causa.Core.Query;

/// <summary>The result of looking up a drug or event name typed by a user.</summary>
/// <param name="Input">The text as typed.</param>
/// <param name="Kind">Found, ambiguous or not found.</param>
/// <param name="Id">Ingredient or term id in the store when found; −1 otherwise.</param>
/// <param name="Name">Canonical ingredient name or MedDRA term when found; null otherwise.</param>
/// <param name="Reason">How the match was made (exact, brand, salt, misspelling...).</param>
/// <param name="Suggestions">Nearest names when not found, or the choices when ambiguous.</param>
public sealed record NameMatch(string Input, NameMatchKind Kind, int Id, string? Name, DrugResolutionKind Reason, IReadOnlyList<string> Suggestions)
{
    /// <summary>True when <see cref="Kind"/> is <see cref="NameMatchKind.Found"/>.</summary>
    public bool IsFound => Kind == NameMatchKind.Found;
}
