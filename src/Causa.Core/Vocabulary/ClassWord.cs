namespace Causa.Core.Vocabulary;

/// <summary>One word people use for a class of medicines ("SSRIs", "bètablokkers", "AINS"), and the class it stands for.</summary>
/// <param name="Word">The word as written in the table.</param>
/// <param name="Language">ISO 639-1 code (en, nl, de, fr, es).</param>
/// <param name="ClassKey">The key of the class in the class-definition table, e.g. "ssri".</param>
public sealed record ClassWord(string Word, string Language, string ClassKey);
