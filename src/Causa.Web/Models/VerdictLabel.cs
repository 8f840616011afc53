namespace Causa.Web.Models;

/// <summary>A verdict word with its one-line meaning; built only by <see cref="VerdictLabels"/>.</summary>
/// <param name="Word">The verdict word as the API and the CLI write it ("weak", "none-found").</param>
/// <param name="Meaning">Its meaning in one plain line, shown beside the word.</param>
/// <param name="Strength">0 (nothing found) to 4 (strongest); picks the label's style, never its words.</param>
public sealed record VerdictLabel(string Word, string Meaning, int Strength);
