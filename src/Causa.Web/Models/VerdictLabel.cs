namespace Causa.Web.Models;

/// <summary>A verdict with its words for people and its one-line meaning; built only by <see cref="VerdictLabels"/>.</summary>
/// <param name="Word">The verdict word as the API and the CLI write it ("weak", "none-found"): a code for scripts, kept in
/// the page's markup, not shown as the label.</param>
/// <param name="Lead">The label a reader sees ("Weak evidence", "Not a known use"), the words a bottom-line sentence opens
/// with (<see cref="Causa.Core.Verdicts.VerdictWording.Lead(Causa.Core.Verdicts.CauseVerdict)"/>).</param>
/// <param name="Meaning">Its meaning in one plain line, shown beside the label.</param>
/// <param name="Strength">0 (nothing found) to 4 (strongest); picks the label's style, never its words.</param>
public sealed record VerdictLabel(string Word, string Lead, string Meaning, int Strength);
