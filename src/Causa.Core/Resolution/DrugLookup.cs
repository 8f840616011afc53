using Causa.Core.Names;

namespace Causa.Core.Resolution;

/// <summary>The answer to an interactive drug-name lookup.</summary>
/// <param name="Input">The text as given.</param>
/// <param name="Match">The best match shown to users: the ingredients joined with " + " (e.g. "MIRTAZAPINE"); null when unresolved or ambiguous.</param>
/// <param name="Ingredients">Canonical ingredients of the match; empty when none.</param>
/// <param name="Kind">Why it matched (<see cref="DrugResolutionKind.Ambiguous"/> when the user must choose among <paramref name="Alternatives"/>).</param>
/// <param name="Confidence">0–1; 0 when unresolved or ambiguous.</param>
/// <param name="Alternatives">Other candidates (for ambiguous input: the choices); nearest first.</param>
/// <param name="Suggestions">For unresolved input: "did you mean" names, nearest first; otherwise empty.</param>
public sealed record DrugLookup(
    string Input,
    string? Match,
    IReadOnlyList<string> Ingredients,
    DrugResolutionKind Kind,
    double Confidence,
    IReadOnlyList<DrugAlternative> Alternatives,
    IReadOnlyList<string> Suggestions);
