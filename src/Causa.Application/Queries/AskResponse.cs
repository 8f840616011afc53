using System.Text.Json.Serialization;
using Causa.Core.Evidence;
using Causa.Core.Query;
using Causa.Core.Resolution;

namespace Causa.Application.Queries;

/// <summary>
/// The answer to <see cref="AskRequest"/>: the FAERS 2×2 answer with both verdicts, or, when the reports say nothing
/// about a name but other loaded sources may, the verdicts from those sources alone. Its JSON (written by
/// <see cref="AskResponseJsonConverter"/>) is the contract of <c>ask --json</c>.
/// </summary>
/// <param name="Reports">The store's answer; null when answered from the other sources alone.</param>
/// <param name="Evidence">Both verdicts ("can it cause?", "does it help?") with their lines.</param>
/// <param name="DrugMatch">How the drug name was resolved; null when answered from the sources alone.</param>
/// <param name="EventMatch">How the event was resolved; null when answered from the sources alone.</param>
/// <param name="ReportsNote">Why the reports could not answer (sources-only answers); null otherwise.</param>
/// <param name="ResolvedDrug">The drug match as the resolver gave it, for renderers; not part of the JSON.</param>
/// <param name="ResolvedEvent">The event match as the resolver gave it, for renderers; not part of the JSON.</param>
[JsonConverter(typeof(AskResponseJsonConverter))]
public sealed record AskResponse(
    PairAnswer? Reports,
    EvidenceAnswer Evidence,
    NameMatchResponse? DrugMatch,
    EventMatchResponse? EventMatch,
    string? ReportsNote,
    NameMatch? ResolvedDrug,
    NameMatch? ResolvedEvent)
{
    /// <summary>The question, its reading, a class's members, the bottom line, related questions and warning signs;
    /// written after the keys above. Null only for a response built without them.</summary>
    public AnswerGuide? Guide { get; init; }

    /// <summary>Who reports the pair's cases, since when, how serious, how soon after starting, with what else, beside the
    /// same over every case with the drug (<c>profile</c>, written last); null when answered from the sources alone or
    /// when the store holds no member of a class.</summary>
    public CaseProfile? Profile { get; init; }
}
