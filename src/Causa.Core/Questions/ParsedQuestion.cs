namespace Causa.Core.Questions;

/// <summary>A whole question read into its drug, condition and kind, with how each word was read.</summary>
/// <param name="Question">The question as given.</param>
/// <param name="DrugText">The words naming the drug (ingredient, brand or class); null when none was found.</param>
/// <param name="Ingredients">The drug's ingredients (one for a single drug, the members for a class); empty when none.</param>
/// <param name="ClassName">The class's name when the drug words name a class; otherwise null.</param>
/// <param name="ConditionText">The words naming the condition; null when none was found.</param>
/// <param name="Term">The MedDRA preferred term of the condition; null when none.</param>
/// <param name="Kind">What the question asks.</param>
/// <param name="Reading">Each span, in question order.</param>
/// <param name="Certainty">The least sure reading of the drug, the condition and the kind.</param>
/// <param name="Problems">Plain sentences for what could not be read or was read with doubt (say these before answering); empty when confident.</param>
public sealed record ParsedQuestion(
    string Question,
    string? DrugText,
    IReadOnlyList<string> Ingredients,
    string? ClassName,
    string? ConditionText,
    string? Term,
    QuestionKind Kind,
    IReadOnlyList<WordReading> Reading,
    ReadingCertainty Certainty,
    IReadOnlyList<string> Problems)
{
    /// <summary>The kind as written in JSON: <c>cause</c>, <c>help</c> or <c>both</c>.</summary>
    public string KindText => Kind switch { QuestionKind.Cause => "cause", QuestionKind.Help => "help", _ => "both" };

    /// <summary>True when a drug and a condition were both found.</summary>
    public bool Complete => Ingredients.Count > 0 && Term is not null;
}
