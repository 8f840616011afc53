namespace Causa.Faers.Download;

/// <summary>The outcome of one HTTP attempt, with the message a final failure would show.</summary>
internal readonly record struct AttemptResult(AttemptOutcome Outcome, DownloadStatus FatalStatus, string Message, bool Resumed)
{
    public static AttemptResult Completed(bool resumed) => new(AttemptOutcome.Complete, default, string.Empty, resumed);

    public static AttemptResult Transient(string message, bool resumed = false) => new(AttemptOutcome.Transient, default, message, resumed);

    public static AttemptResult Fatal(DownloadStatus status, string message) => new(AttemptOutcome.Fatal, status, message, false);
}
