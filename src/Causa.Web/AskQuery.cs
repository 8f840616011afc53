namespace Causa.Web;

/// <summary>A question as typed: a whole question, or a drug and a condition (blank parts are null).</summary>
/// <param name="Question">The whole question ("does remeron cause back pain?"), or null.</param>
/// <param name="Drug">The drug field, or null.</param>
/// <param name="Condition">The condition field, or null.</param>
public sealed record AskQuery(string? Question, string? Drug, string? Condition)
{
    /// <summary>True when nothing was typed.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Question) && string.IsNullOrWhiteSpace(Drug) && string.IsNullOrWhiteSpace(Condition);
}
