namespace Causa.Application.Browsing;

/// <summary>
/// Where a whole question leads: one drug and condition, with the words the question used for each (so a front end
/// can show how they were read), or a drug class whose members each have their own answer.
/// </summary>
/// <param name="Drug">The ingredient, as the store names it; for a class question, the first member's.</param>
/// <param name="Term">The condition's MedDRA term.</param>
/// <param name="AsDrug">The question's word for the drug ("remeron"); <paramref name="Drug"/> when the words alone
/// read differently from the whole question (a phrase only the question reader knows).</param>
/// <param name="AsCondition">The question's words for the condition ("rugpijn"); <paramref name="Term"/> likewise.</param>
/// <param name="ClassName">The class the question named ("SSRIs"), or null for a single drug.</param>
/// <param name="ClassMembers">The class's member ingredients; empty for a single drug.</param>
public sealed record QuestionTarget(string Drug, string Term, string AsDrug, string AsCondition, string? ClassName, IReadOnlyList<string> ClassMembers)
{
    /// <summary>True when the question named a drug class rather than one drug.</summary>
    public bool IsClass => ClassName is not null;
}
