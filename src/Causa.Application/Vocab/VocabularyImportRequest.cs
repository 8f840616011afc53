namespace Causa.Application.Vocab;

/// <summary>Import vocabulary source files into the store folder's vocabulary.</summary>
/// <param name="Paths">Source files, or folders standing for the recognised source files in them (others are skipped).</param>
/// <param name="Exclude">Files and folders (with everything under them) passed over silently, such as FAERS quarters
/// found in the same folders; null for none.</param>
public sealed record VocabularyImportRequest(IReadOnlyList<string> Paths, IReadOnlyCollection<string>? Exclude = null);
