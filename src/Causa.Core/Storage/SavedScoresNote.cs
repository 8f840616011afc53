namespace Causa.Core.Storage;

/// <summary>Why a store has no saved MGPS scores to offer for a role filter, and what the user can do about it.</summary>
/// <param name="Message">What is missing or wrong, in words without a command name (e.g. "no MGPS scan saved").</param>
/// <param name="Remedy">What to do; each front end puts it into its own words (the CLI names <c>causa signals</c>).</param>
public sealed record SavedScoresNote(string Message, Remedy Remedy = Remedy.None);
