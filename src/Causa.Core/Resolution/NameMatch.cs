using Causa.Core.Names;

namespace Causa.Core.Resolution;

/// <summary>The result of looking up a drug or event name typed by a user.</summary>
/// <param name="Input">The text as typed.</param>
/// <param name="Kind">Found, ambiguous or not found.</param>
/// <param name="Id">Ingredient or term id in the store when found; −1 otherwise.</param>
/// <param name="Name">Canonical ingredient name or MedDRA term when found; null otherwise.</param>
/// <param name="Reason">For drugs, how the match was made (exact, brand, salt, misspelling...); <see cref="DrugResolutionKind.Unresolved"/> for events.</param>
/// <param name="Suggestions">Nearest names when not found, or the choices when ambiguous.</param>
public sealed record NameMatch(string Input, NameMatchKind Kind, int Id, string? Name, DrugResolutionKind Reason, IReadOnlyList<string> Suggestions)
{
    /// <summary>True when <see cref="Kind"/> is <see cref="NameMatchKind.Found"/>.</summary>
    public bool IsFound => Kind == NameMatchKind.Found;

    /// <summary>For events, how the wording matched (exact, lay term, language, misspelling...); <see cref="TermMatchKind.Unresolved"/> for drugs.</summary>
    public TermMatchKind EventReason { get; init; }

    /// <summary>The resolver's confidence in the match, 0–1; 0 when not found or ambiguous.</summary>
    public double Confidence { get; init; }

    /// <summary>For events, the ISO 639-1 language of the wording that matched ("nl", "de"...); null otherwise.</summary>
    public string? Language { get; init; }

    /// <summary>For events, related but separate terms present in the store (Sciatica for Back pain): shown, never merged.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Why a name the resolver understood is still not usable (e.g. no report in the store mentions it); null otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>How the match was made, in the snake_case words of <c>causa resolve</c> (<c>brand</c>, <c>lay_term</c>, <c>misspelling</c>...).</summary>
    public string How => Snake(Reason == DrugResolutionKind.Unresolved && EventReason != TermMatchKind.Unresolved ? EventReason.ToString() : Reason.ToString());

    /// <summary>PascalCase enum name → snake_case ("NonDrug" → "non_drug"), as the JSON contract spells enum values.</summary>
    internal static string Snake(string pascal) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
