using Causa.Core.Resolution;

namespace Causa.Application.Names;

/// <summary>One candidate term of an ambiguous event wording.</summary>
/// <param name="Term">The preferred term.</param>
/// <param name="Via">The phrase through which the wording reached it.</param>
/// <param name="Kind">How that phrase matched (snake_case in JSON).</param>
/// <param name="Confidence">0–1, rounded to three decimals.</param>
public sealed record EventAlternativeResponse(string Term, string Via, TermMatchKind Kind, double Confidence);
