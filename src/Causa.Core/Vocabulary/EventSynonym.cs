namespace Causa.Core.Vocabulary;

/// <summary>A wording of an adverse event mapped to its MedDRA preferred term.</summary>
/// <param name="Phrase">The wording as published (e.g. a SIDER lowest-level term "Backache").</param>
/// <param name="PreferredTerm">The preferred term, e.g. "Back pain".</param>
/// <param name="Source">Where the pair came from.</param>
public sealed record EventSynonym(string Phrase, string PreferredTerm, VocabularySource Source);
