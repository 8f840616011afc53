namespace Causa.Core.Vocabulary;

/// <summary>One import recorded in a vocabulary, for provenance.</summary>
/// <param name="Source">Kind of source.</param>
/// <param name="FileName">File name as imported (no directory).</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Rejected">Rows skipped as malformed.</param>
public sealed record VocabularySourceInfo(VocabularySource Source, string FileName, long Rows, long Rejected);
