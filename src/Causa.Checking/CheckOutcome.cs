using System.Diagnostics.CodeAnalysis;

namespace Causa.Checking;

/// <summary>Either a check or the reason there is none.</summary>
/// <param name="Check">The check; null on failure.</param>
/// <param name="Error">Why the article could not be checked; null on success.</param>
public sealed record CheckOutcome(ArticleCheck? Check, CheckError? Error)
{
    /// <summary>True when <see cref="Check"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Check))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Check is not null;

    internal static CheckOutcome Fail(CheckErrorKind kind, string message) => new(null, new CheckError(kind, message));
}
