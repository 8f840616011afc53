using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>What reading one table produced: its accounting, or a fatal error, or nothing when it was cancelled.</summary>
internal sealed record TableOutcome(
    FaersTable Table,
    FaersReadError? Error,
    TableContext? Context,
    FaersTableLines? Lines,
    IReadOnlyList<FaersValueWarning> ValueWarnings,
    FaersLayout? Layout,
    long BytesRead)
{
    public static TableOutcome Failed(FaersTable table, FaersReadError error) => new(table, error, null, null, [], null, 0);

    public static TableOutcome Cancelled(FaersTable table) => new(table, null, null, null, [], null, 0);
}
