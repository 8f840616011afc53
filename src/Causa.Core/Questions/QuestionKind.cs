namespace Causa.Core.Questions;

/// <summary>What a question asks: JSON <c>question</c> = <c>cause</c>, <c>help</c> or <c>both</c>.</summary>
public enum QuestionKind
{
    /// <summary><c>both</c>: the question does not say (a drug and a condition only).</summary>
    Both = 0,

    /// <summary><c>cause</c>: can the drug cause the condition?</summary>
    Cause = 1,

    /// <summary><c>help</c>: does the drug help with the condition?</summary>
    Help = 2,
}
