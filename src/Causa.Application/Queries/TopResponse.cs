using Causa.Core.Query;

namespace Causa.Application.Queries;

/// <summary>The answer to <see cref="TopRequest"/>. The JSON contract of <c>top --json</c> is <see cref="Rows"/>.</summary>
/// <param name="Rows">The pairs, strongest (by IC025) first.</param>
/// <param name="Title">What the rows are, in words.</param>
/// <param name="MinCount">The minimum case count applied.</param>
/// <param name="Roles">The roles counted.</param>
/// <param name="HasScores">True when a current MGPS scan gave EBGM and EB05 for the rows.</param>
/// <param name="ClassLabel">The matched classes (DrugCentral), when a class was asked about.</param>
/// <param name="ScoresNote">Why EBGM and EB05 are missing when the saved scan is damaged (a missing or stale scan is not
/// worth a note on every answer); null otherwise.</param>
public sealed record TopResponse(IReadOnlyList<TopEntry> Rows, string Title, int MinCount, Core.Model.RoleFilter Roles, bool HasScores, string? ClassLabel, Core.Storage.SavedScoresNote? ScoresNote = null);
