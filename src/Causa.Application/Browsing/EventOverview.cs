using Causa.Core.Query;

namespace Causa.Application.Browsing;

/// <summary>What the store and the loaded sources say about one event (a condition or side effect).</summary>
/// <param name="Term">The MedDRA term the name was read as.</param>
/// <param name="Associated">The drugs most associated with it in the reports (as <c>top --event</c>, suspect roles, at
/// least 3 cases), strongest first; empty without a case store.</param>
/// <param name="UsedFor">Ingredients the indication sources list for it; empty without such sources.</param>
public sealed record EventOverview(string Term, IReadOnlyList<TopEntry> Associated, IReadOnlyList<string> UsedFor);
