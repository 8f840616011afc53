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
}
