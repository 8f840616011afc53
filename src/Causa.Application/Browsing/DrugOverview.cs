using Causa.Core.Query;

namespace Causa.Application.Browsing;

/// <summary>What the store and the loaded sources say about one drug: what it is used for, its label effects and its
/// strongest report signals.</summary>
/// <param name="Ingredient">The ingredient the name was read as, as the store names it.</param>
/// <param name="Uses">Conditions it is used for (indication sources), in the sources' order; empty without such sources.</param>
/// <param name="LabelEffects">Label side effects, most frequent on the drug first, then those without a frequency,
/// alphabetically; empty without label sources.</param>
/// <param name="Signals">The events most associated with it in the reports (as <c>top --drug</c>, suspect roles, at
/// least 3 cases), strongest first; empty without a case store.</param>
public sealed record DrugOverview(string Ingredient, IReadOnlyList<DrugUse> Uses, IReadOnlyList<LabelEffect> LabelEffects, IReadOnlyList<TopEntry> Signals);
