namespace Causa.Core.Resolution;

/// <summary>An autocomplete entry.</summary>
/// <param name="Name">Known name starting with the typed prefix (upper case).</param>
/// <param name="Ingredients">Its canonical ingredients (the name itself for an ingredient).</param>
public sealed record DrugCompletion(string Name, IReadOnlyList<string> Ingredients);
