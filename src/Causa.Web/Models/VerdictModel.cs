namespace Causa.Web.Models;

/// <summary>One verdict block of the bottom line: the question, its label and one plain sentence.</summary>
/// <param name="Question">The question in words ("Can mirtazapine cause back pain?").</param>
/// <param name="Label">The verdict label, from <see cref="VerdictLabels"/> so the words are the same everywhere.</param>
/// <param name="Sentence">One or two plain sentences with absolute numbers ("about 2 in 100"), no ratios.</param>
public sealed record VerdictModel(string Question, VerdictLabel Label, string Sentence);
