using Causa.Core;

namespace Causa.Application.Errors;

/// <summary>An expected failure of a use case: what kind, about what, in words, and what the user can do about it.</summary>
/// <param name="Kind">The kind; front ends map it to an exit code or HTTP status.</param>
/// <param name="Message">One sentence for a person, without a command name or a "causa:" prefix.</param>
/// <param name="Remedy">What to do about it; <see cref="Remedy.None"/> when the message says it all.</param>
/// <param name="Subject">The file, line or name the failure is about, when there is one.</param>
public sealed record Error(ErrorKind Kind, string Message, Remedy Remedy = Remedy.None, ErrorSubject? Subject = null)
{
    /// <summary>A <see cref="ErrorKind.BadInput"/> error.</summary>
    public static Error BadInput(string message) => new(ErrorKind.BadInput, message);

    /// <summary>A <see cref="ErrorKind.NotFound"/> error about <paramref name="name"/>.</summary>
    public static Error NotFound(string message, string? name = null, Remedy remedy = Remedy.None) =>
        new(ErrorKind.NotFound, message, remedy, name is null ? null : new ErrorSubject(Name: name));

    /// <summary>A <see cref="ErrorKind.BadData"/> error about <paramref name="file"/>.</summary>
    public static Error BadData(string message, string? file = null, Remedy remedy = Remedy.None) =>
        new(ErrorKind.BadData, message, remedy, file is null ? null : new ErrorSubject(File: file));
}
