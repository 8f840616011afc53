using System.Text.Json.Serialization;

namespace Causa.Core.Evidence;

/// <summary>One member of a class answer: <c>{drug, cause: {verdict}, help: {verdict}}</c>.</summary>
/// <param name="Drug">Canonical ingredient, upper case.</param>
/// <param name="Cause">The member's "can it cause?" verdict.</param>
/// <param name="Help">The member's "does it help?" verdict.</param>
/// <param name="Answer">The member's full answer (not serialised in <c>class</c>; for front ends that show details).</param>
public sealed record ClassMemberAnswer(string Drug, VerdictOnly Cause, VerdictOnly Help, [property: JsonIgnore] EvidenceAnswer Answer);
