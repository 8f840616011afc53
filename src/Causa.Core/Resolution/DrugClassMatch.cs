using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>The pharmacologic classes a user's class query matched, and their members present in the store.</summary>
/// <param name="Input">The text as typed.</param>
/// <param name="Classes">Matching classes (DrugCentral EPC, MoA, MeSH...); empty when none matched or no vocabulary with classes was imported.</param>
/// <param name="IngredientIds">Store ids of the member ingredients that the store holds, ascending; empty when none.</param>
public sealed record DrugClassMatch(string Input, IReadOnlyList<DrugClass> Classes, IReadOnlyList<int> IngredientIds)
{
    /// <summary>The matching class names joined for display ("Tricyclic Antidepressant, Antidepressive Agents").</summary>
    public string Label => string.Join(", ", Classes.Select(static c => c.Name));
}
