namespace Causa.Application.Ingest;

/// <summary>Which drug names an ingest resolves with: the store folder's vocabulary, described by its size.</summary>
/// <param name="Ingredients">Ingredients in the vocabulary.</param>
/// <param name="Brands">Brand and other names mapped to ingredients.</param>
/// <param name="SourceFiles">Imported source files; 0 means only the built-in synonyms (plus names learned from FAERS).</param>
public sealed record DrugNameSources(int Ingredients, int Brands, int SourceFiles);
