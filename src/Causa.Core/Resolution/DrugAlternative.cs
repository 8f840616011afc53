namespace Causa.Core.Resolution;

/// <summary>One candidate offered beside (or instead of) a drug match.</summary>
/// <param name="Name">The known name that matched (cleaned, upper case), e.g. "MIRTAZAPINE" or "REMERON".</param>
/// <param name="Ingredients">Its canonical ingredients.</param>
/// <param name="Distance">Edit distance from the input (0 for exact).</param>
public sealed record DrugAlternative(string Name, IReadOnlyList<string> Ingredients, int Distance);
