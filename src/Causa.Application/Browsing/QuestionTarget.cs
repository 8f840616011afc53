namespace Causa.Application.Browsing;

/// <summary>
/// Where a whole question leads: one drug and condition, with the words the question used for each (so a front end
/// can show how they were read), a drug class whose members each have their own answer, or, for a question naming only
/// a drug or only a condition, that drug or condition (<see cref="Scope"/>).
/// </summary>
/// <param name="Drug">The ingredient, as the store names it; for a class question, the first member's; empty for
/// <see cref="QuestionScope.Event"/>.</param>
/// <param name="Term">The condition's MedDRA term; empty for <see cref="QuestionScope.Drug"/>.</param>
/// <param name="AsDrug">The question's word for the drug ("remeron"); <paramref name="Drug"/> when the words alone
/// read differently from the whole question (a phrase only the question reader knows).</param>
/// <param name="AsCondition">The question's words for the condition ("rugpijn"); <paramref name="Term"/> likewise.</param>
/// <param name="ClassName">The class the question named ("SSRIs"), or null for a single drug.</param>
/// <param name="ClassMembers">The class's member ingredients; empty for a single drug.</param>
public sealed record QuestionTarget(string Drug, string Term, string AsDrug, string AsCondition, string? ClassName, IReadOnlyList<string> ClassMembers)
{
    /// <summary>True when the question named a drug class rather than one drug.</summary>
    public bool IsClass => ClassName is not null;

    /// <summary>What the question is about; <see cref="QuestionScope.Pair"/> unless made by <see cref="ForDrug"/> or
    /// <see cref="ForEvent"/>.</summary>
    public QuestionScope Scope { get; init; } = QuestionScope.Pair;

    /// <summary>A question naming one drug and no condition.</summary>
    /// <param name="ingredient">The ingredient, as the store names it.</param>
    /// <param name="asDrug">The question's words for it.</param>
    public static QuestionTarget ForDrug(string ingredient, string asDrug) =>
        new(ingredient, string.Empty, asDrug, string.Empty, null, []) { Scope = QuestionScope.Drug };

    /// <summary>A question naming one condition and no drug.</summary>
    /// <param name="term">The condition's MedDRA term.</param>
    /// <param name="asCondition">The question's words for it.</param>
    public static QuestionTarget ForEvent(string term, string asCondition) =>
        new(string.Empty, term, string.Empty, asCondition, null, []) { Scope = QuestionScope.Event };
}
