namespace Causa.Core.Vocabulary;

/// <summary>The public page a curated row's facts come from (the row's wording is Causa's own).</summary>
/// <param name="Organisation">Who publishes the page, e.g. "NHS", "U.S. FDA", "DrugCentral".</param>
/// <param name="Title">The page or document title.</param>
/// <param name="Url">Its address (https).</param>
public sealed record CuratedSource(string Organisation, string Title, string Url);
