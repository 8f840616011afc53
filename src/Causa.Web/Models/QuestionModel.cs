namespace Causa.Web.Models;

/// <summary>The question as Causa understood it.</summary>
/// <param name="Drug">The drug's display name (an ingredient, lower case as on labels: "mirtazapine").</param>
/// <param name="Condition">The condition's display name in plain words ("back pain").</param>
/// <param name="Readings">How each typed word was read; empty when the canonical names were typed.</param>
public sealed record QuestionModel(string Drug, string Condition, IReadOnlyList<WordReading> Readings);
