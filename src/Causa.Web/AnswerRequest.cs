namespace Causa.Web;

/// <summary>The request for an answer page.</summary>
/// <param name="Drug">The drug slug of the address, URL-decoded ("mirtazapine").</param>
/// <param name="Condition">The condition slug of the address, URL-decoded ("back-pain").</param>
/// <param name="AsTyped">The words as typed when the page was reached through <c>/ask</c>, so the page can show how
/// they were read; null for a direct visit.</param>
public sealed record AnswerRequest(string Drug, string Condition, AskQuery? AsTyped);
