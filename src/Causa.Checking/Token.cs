namespace Causa.Checking;

/// <summary>One word of a sentence: its span in the reduced text and its folded forms.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Lower">The word in lower case, apostrophes kept ("doesn't").</param>
/// <param name="Hyphenated">True when a hyphen joins it to the word before ("statin-induced").</param>
/// <param name="Capitalised">True when it starts with an upper-case letter.</param>
/// <param name="AllCaps">True when every letter is upper case and there are at least two.</param>
internal readonly record struct Token(int Start, int End, string Lower, bool Hyphenated, bool Capitalised, bool AllCaps);
