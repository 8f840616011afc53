namespace Causa.Application.Queries;

/// <summary>One line of <c>ask --batch</c> that could not be answered, written in that line's place so the batch goes on.</summary>
/// <param name="Line">The line number in the input, from 1.</param>
/// <param name="Input">The line as read (without its line ending).</param>
/// <param name="Error">What went wrong, in one sentence.</param>
/// <param name="ErrorKind">The kind of failure in snake_case (<c>bad_input</c>, <c>not_found</c>, <c>no_store</c>, <c>bad_data</c>...).</param>
public sealed record BatchLineError(int Line, string Input, string Error, string ErrorKind);
