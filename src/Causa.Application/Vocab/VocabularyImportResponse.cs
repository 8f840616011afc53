namespace Causa.Application.Vocab;

/// <summary>What <see cref="VocabularyService.Import"/> saved.</summary>
/// <param name="Path">The vocabulary file written.</param>
/// <param name="Ingredients">Ingredients in the saved vocabulary.</param>
/// <param name="Names">Brand and synonym names.</param>
/// <param name="Classes">Drug classes.</param>
/// <param name="EventWordings">Imported event wordings.</param>
/// <param name="StoreNeedsApply">True when the folder holds a case store, whose drug entries keep their old resolution
/// until they are re-resolved (<see cref="VocabularyService.Apply"/>); questions use the new vocabulary at once.</param>
public sealed record VocabularyImportResponse(string Path, int Ingredients, int Names, int Classes, int EventWordings, bool StoreNeedsApply);
