namespace Causa.Application.Browsing;

/// <summary>A condition a drug is used for, as the loaded indication sources list it.</summary>
/// <param name="Condition">The MedDRA term when the source's condition maps to one, else the source's own wording.</param>
/// <param name="Sources">The names of the sources that list it, each once, in load order; never empty.</param>
public sealed record DrugUse(string Condition, IReadOnlyList<string> Sources);
