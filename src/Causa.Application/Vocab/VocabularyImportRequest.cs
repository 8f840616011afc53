namespace Causa.Application.Vocab;

/// <summary>Import vocabulary source files into the store folder's vocabulary.</summary>
/// <param name="Paths">Source files, or folders standing for the recognised source files in them (others are skipped).</param>
public sealed record VocabularyImportRequest(IReadOnlyList<string> Paths);
