namespace Causa.Web.Models;

/// <summary>The home page: example questions and the first completions for the two fields.</summary>
/// <param name="Examples">Example questions, each a link to <c>/ask?q=…</c>.</param>
/// <param name="DrugNames">Drug names offered in the drug field's list before typing (ingredients, brands, classes).</param>
/// <param name="ConditionNames">Condition names offered in the condition field's list (lay words included).</param>
/// <param name="StoreSummary">One line on what the answers are built from ("FAERS 2024 Q1–Q4, 12 sources").</param>
public sealed record HomePageModel(IReadOnlyList<ExampleQuestion> Examples, IReadOnlyList<string> DrugNames, IReadOnlyList<string> ConditionNames, string StoreSummary);
