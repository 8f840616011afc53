using Causa.Application.Errors;

namespace Causa.Cli;

/// <summary>Process exit codes: a public interface that scripts rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bad user input: unknown drug or event, malformed argument, case not in the store.</summary>
    public const int BadInput = 1;

    /// <summary>Bad data or store: unreadable FAERS file, corrupt store, failed download.</summary>
    public const int BadData = 2;

    /// <summary>Interrupted by the user (Ctrl+C); whatever was being written is left as it was before.</summary>
    public const int Cancelled = 130;

    /// <summary>An unexpected failure inside Causa (a bug); the message asks for a report.</summary>
    public const int InternalError = 70;

    /// <summary>The one table from an application error's kind to the exit code.</summary>
    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.BadInput or ErrorKind.NotFound or ErrorKind.NoStore or ErrorKind.Locked => BadInput,
        ErrorKind.BadInputFile or ErrorKind.BadData => BadData,
        ErrorKind.Cancelled => Cancelled,
        _ => InternalError,
    };
}
