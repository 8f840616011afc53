namespace Causa.Core.Vocabulary;

/// <summary>One lexicon line.</summary>
/// <param name="Phrase">The wording as written in the lexicon.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="PreferredTerm">The MedDRA preferred term it means.</param>
public sealed record LayTermEntry(string Phrase, string Language, string PreferredTerm);
