namespace Causa.Core.Questions;

/// <summary>One row of Causa's question-cue table (Questions/Resources/question_cues.tsv).</summary>
/// <param name="Phrase">The phrase as written in the table.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Kind"><c>cause</c>, <c>help</c>, <c>skip</c> or <c>either</c>.</param>
/// <param name="Term">The preferred term the phrase names; for <c>either</c> "help term|cause term"; null when none.</param>
public sealed record QuestionCue(string Phrase, string Language, string Kind, string? Term);
