using Causa.Core.Vocabulary.Sources;

namespace Causa.Application.Vocab;

/// <summary>One step of a vocabulary import, reported as it happens: a file downloaded, a file of a folder skipped, or a file read.</summary>
/// <param name="SkippedFile">A file of a given folder that is no vocabulary source; null otherwise.</param>
/// <param name="File">The outcome of reading one source file (succeeded or failed); null otherwise.</param>
/// <param name="Downloaded">A source file downloaded by an update, before it is read; null otherwise.</param>
public sealed record VocabularyImportProgress(string? SkippedFile, VocabularyImportResult? File, VocabularyDownload? Downloaded = null);
