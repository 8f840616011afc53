namespace Causa.Core.Resolution;

/// <summary>Whether a user's text named something the store knows.</summary>
public enum NameMatchKind
{
    /// <summary>Resolved to exactly one ingredient or term.</summary>
    Found = 0,

    /// <summary>Several candidates fit equally well; the user must choose.</summary>
    Ambiguous = 1,

    /// <summary>Nothing fits; <see cref="NameMatch.Suggestions"/> lists the nearest names.</summary>
    NotFound = 2,
}
