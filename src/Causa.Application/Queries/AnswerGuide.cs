using Causa.Core.Evidence;
using Causa.Core.Questions;

namespace Causa.Application.Queries;

/// <summary>
/// What every answer carries beside its verdicts: what the question asked and how it was read, a class's members, the
/// plain-language bottom line, related questions and warning signs. Its keys are written after the answer's own keys in
/// <c>ask --json</c> and <c>evidence --json</c>.
/// </summary>
/// <param name="Question">What the question asks: <c>cause</c>, <c>help</c> or <c>both</c> (the DRUG EVENT form, or a question that does not say).</param>
/// <param name="Reading">How a whole question was read; null for the DRUG EVENT form.</param>
/// <param name="Class">The class answer (<c>{name, members: [{drug, cause: {verdict}, help: {verdict}}]}</c>) when the drug is a class; else null.</param>
/// <param name="BottomLine">Two plain sentences: can it cause? does it help?</param>
/// <param name="SeeAlso">Related questions (<c>{drug, event, why}</c>); empty when none is known.</param>
/// <param name="WarningSigns">When to see a doctor (<c>{sign, source}</c>), most urgent first; empty when the table has none for the condition.</param>
public sealed record AnswerGuide(
    QuestionKind Question,
    QuestionReading? Reading,
    ClassAnswer? Class,
    IReadOnlyList<string> BottomLine,
    IReadOnlyList<SeeAlsoItem> SeeAlso,
    IReadOnlyList<WarningSignItem> WarningSigns);
