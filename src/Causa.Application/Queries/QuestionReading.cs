using Causa.Core.Questions;

namespace Causa.Application.Queries;

/// <summary>
/// How a whole question was read, for the JSON key <c>reading</c>: the drug and condition words, what they were read as,
/// how sure the reading is, and every word's reading.
/// </summary>
/// <param name="Text">The question as given.</param>
/// <param name="Drug">The words naming the drug, brand or class; null when none was found.</param>
/// <param name="Ingredients">The ingredient(s) the drug words name; empty for a class (its members are under <c>class</c>) or when none.</param>
/// <param name="Class">The class name when the drug words name a class; else null.</param>
/// <param name="Condition">The words naming the condition; null when none was found.</param>
/// <param name="Term">The MedDRA preferred term read; null when none.</param>
/// <param name="Certainty">The least sure of the drug, condition and kind readings: <c>confident</c>, <c>partial</c> or <c>low</c>.</param>
/// <param name="Problems">Plain sentences for what was read with doubt, with alternatives; said before the answer. Empty when confident.</param>
/// <param name="Words">Each span of the question, in order.</param>
public sealed record QuestionReading(
    string Text,
    string? Drug,
    IReadOnlyList<string> Ingredients,
    string? Class,
    string? Condition,
    string? Term,
    ReadingCertainty Certainty,
    IReadOnlyList<string> Problems,
    IReadOnlyList<WordReading> Words)
{
    /// <summary>The reading of a parsed question.</summary>
    public static QuestionReading From(ParsedQuestion parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new QuestionReading(
            parsed.Question,
            parsed.DrugText,
            parsed.ClassName is null ? parsed.Ingredients : [],
            parsed.ClassName,
            parsed.ConditionText,
            parsed.Term,
            parsed.Certainty,
            parsed.Problems,
            parsed.Reading);
    }
}
