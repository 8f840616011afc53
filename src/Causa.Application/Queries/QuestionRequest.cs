using Causa.Core.Model;

namespace Causa.Application.Queries;

/// <summary>A whole question as typed ("does remeron cause back pain?", "trazodon voor slapeloosheid").</summary>
/// <param name="Question">The question in English, Dutch, German, French or Spanish; names a drug, brand or class and a condition.</param>
/// <param name="Roles">Drug roles counted in the FAERS reports.</param>
public sealed record QuestionRequest(string Question, RoleFilter Roles = RoleFilter.Suspect);
