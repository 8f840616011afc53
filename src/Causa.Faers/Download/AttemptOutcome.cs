namespace Causa.Faers.Download;

/// <summary>What one HTTP attempt of <see cref="FaersDownloader"/> achieved.</summary>
internal enum AttemptOutcome
{
    /// <summary>The <c>.part</c> file holds every announced byte.</summary>
    Complete,

    /// <summary>Worth retrying: connection lost, timeout, 5xx, short body.</summary>
    Transient,

    /// <summary>Retrying cannot help: 404, 403 and other client errors.</summary>
    Fatal,
}
