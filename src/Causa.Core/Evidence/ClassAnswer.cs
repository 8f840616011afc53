using System.Text.Json.Serialization;

namespace Causa.Core.Evidence;

/// <summary>
/// The answer for a drug class, shaped for the JSON key <c>class</c>: <c>{name, members: [{drug, cause: {verdict}, help: {verdict}}]}</c>.
/// The class-level verdicts and the members that stand out are not serialised here: they belong in the answer's top-level
/// <c>cause.verdict</c> / <c>help.verdict</c> and its wording.
/// </summary>
/// <param name="Name">The class's name (curated display name or DrugCentral class name).</param>
/// <param name="Members">Every member asked about, in ingredient order.</param>
/// <param name="CauseVerdict">The class-level "can it cause?" verdict: the members' shared verdict, <c>mixed</c> when they differ, <c>insufficient-data</c> when no member has data.</param>
/// <param name="HelpVerdict">The class-level "does it help?" verdict, as for <paramref name="CauseVerdict"/>.</param>
/// <param name="StandOut">Plain sentences naming the members whose verdicts differ from most members' ("MIRTAZAPINE: can it cause? established (most members: none-found)."); empty when all agree.</param>
public sealed record ClassAnswer(
    string Name,
    IReadOnlyList<ClassMemberAnswer> Members,
    [property: JsonIgnore] string CauseVerdict,
    [property: JsonIgnore] string HelpVerdict,
    [property: JsonIgnore] IReadOnlyList<string> StandOut);
