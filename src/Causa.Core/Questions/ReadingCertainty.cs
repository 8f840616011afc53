namespace Causa.Core.Questions;

/// <summary>How sure a reading of words is: JSON <c>confident</c>, <c>partial</c> or <c>low</c>.</summary>
public enum ReadingCertainty
{
    /// <summary><c>low</c>: a guess; the answer must say so and offer the alternatives.</summary>
    Low = 0,

    /// <summary><c>partial</c>: one of several readings, or only part of the words was used; said out loud.</summary>
    Partial = 1,

    /// <summary><c>confident</c>: an exact name, brand, class word or listed wording.</summary>
    Confident = 2,
}
