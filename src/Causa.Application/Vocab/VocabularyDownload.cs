namespace Causa.Application.Vocab;

/// <summary>One name source downloaded whole by <see cref="VocabularyService.UpdateAsync"/>.</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="Path">Where it was saved (in the store folder's <c>downloads</c> folder).</param>
public sealed record VocabularyDownload(Uri Source, string Path);
