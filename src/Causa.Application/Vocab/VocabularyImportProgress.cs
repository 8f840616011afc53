using Causa.Core.Vocabulary.Sources;

namespace Causa.Application.Vocab;

/// <summary>One step of a vocabulary import, reported as it happens: a file of a folder skipped, or a file read.</summary>
/// <param name="SkippedFile">A file of a given folder that is no vocabulary source; null when <paramref name="File"/> is set.</param>
/// <param name="File">The outcome of reading one source file (succeeded or failed); null for a skipped file.</param>
public sealed record VocabularyImportProgress(string? SkippedFile, VocabularyImportResult? File);
