namespace Causa.Core.Vocabulary;

/// <summary>A product or other name mapped to canonical ingredients.</summary>
/// <param name="Name">Cleaned name (see <see cref="Names.DrugNameCleaner.Clean"/>), e.g. "REMERON".</param>
/// <param name="Ingredients">Canonical ingredients, sorted ordinally, distinct, non-empty.</param>
/// <param name="Source">The source whose mapping won (precedence in <see cref="VocabularySource"/>).</param>
/// <param name="IsSynonym">True when the name is another name of the ingredient itself (an INN such as PARACETAMOL) rather than a product.</param>
public sealed record VocabularyBrand(string Name, IReadOnlyList<string> Ingredients, VocabularySource Source, bool IsSynonym);
