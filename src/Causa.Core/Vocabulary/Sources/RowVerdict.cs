namespace Causa.Core.Vocabulary.Sources;

/// <summary>What a source reader decided about one data row: used, deliberately skipped, or rejected as malformed.</summary>
/// <param name="Kind">The decision.</param>
/// <param name="Reason">Why it was skipped or rejected (the text before a colon is the category counted); null when used.</param>
internal readonly record struct RowVerdict(RowVerdictKind Kind, string? Reason)
{
    public static RowVerdict Used => new(RowVerdictKind.Used, null);

    public static RowVerdict Skip(string reason) => new(RowVerdictKind.Skipped, reason);

    public static RowVerdict Reject(string reason) => new(RowVerdictKind.Rejected, reason);
}
