namespace Causa.Checking;

/// <summary>An expected failure to check an article, with a message fit to show the person who pasted it.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Message">One sentence saying what is wrong and what to do.</param>
public sealed record CheckError(CheckErrorKind Kind, string Message);
