namespace Causa.Application.Errors;

/// <summary>What kind of expected failure a use case met. Each front end maps a kind once: the CLI to an exit code,
/// the web to an HTTP status (<see cref="ErrorHttpStatus"/>).</summary>
public enum ErrorKind
{
    /// <summary>The request itself is wrong: a malformed argument, a missing option, contradictory options.</summary>
    BadInput,

    /// <summary>Something named in the request is not there: an unknown drug, event, class or case.</summary>
    NotFound,

    /// <summary>The store folder holds no case store yet.</summary>
    NoStore,

    /// <summary>Another process is writing the store.</summary>
    Locked,

    /// <summary>A file the request named could not be read or is malformed (a FAERS zip, a source table).</summary>
    BadInputFile,

    /// <summary>A file of the store folder is unreadable or damaged (case store, vocabulary, sources, saved scan), or a download failed.</summary>
    BadData,

    /// <summary>The caller cancelled; whatever was being written is left as it was.</summary>
    Cancelled,
}
