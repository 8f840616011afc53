namespace Causa.Application.Vocab;

/// <summary>What re-resolving the store's drug names did, as <c>vocab apply --json</c> shows it.</summary>
/// <param name="Entries">Distinct reported drug entries re-resolved.</param>
/// <param name="EntriesChanged">Entries whose ingredients changed.</param>
/// <param name="IngredientsBefore">Ingredients before.</param>
/// <param name="Ingredients">Ingredients after.</param>
/// <param name="Cases">Cases in the store (unchanged).</param>
/// <param name="Seconds">Wall-clock time, in seconds.</param>
public sealed record VocabularyApplySummary(int Entries, int EntriesChanged, int IngredientsBefore, int Ingredients, int Cases, double Seconds);
