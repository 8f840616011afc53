using Causa.Core.Names;
using Causa.Core.Storage;

namespace Causa.Core.Query;

/// <summary>
/// Resolves what a user typed to an ingredient or MedDRA term that the store holds: case-insensitive exact names,
/// brand and salt names through the same resolver used at ingest, and "did you mean" suggestions otherwise.
/// </summary>
/// <remarks>Thread-safe after construction. The drug resolver is built lazily from the store's learned name pairs.</remarks>
public sealed class StoreNameLookup
{
    private const int MaxSuggestions = 5;
    private readonly CaseStore _store;
    private readonly Lazy<IDrugNameResolver> _resolver;

    /// <summary>Creates a lookup over <paramref name="store"/>.</summary>
    /// <param name="store">The opened store.</param>
    /// <param name="resolverFactory">Builds a drug-name resolver from learned name pairs; the default is <see cref="LearnedDrugNameResolver"/>.</param>
    public StoreNameLookup(CaseStore store, Func<IReadOnlyList<LearnedNamePair>, IDrugNameResolver>? resolverFactory = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        var factory = resolverFactory ?? (static pairs => new LearnedDrugNameResolver(pairs));
        _resolver = new Lazy<IDrugNameResolver>(() => factory(store.LearnedNamePairs()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Resolves a drug name (ingredient, brand, salt form, strength...) to one ingredient in the store.</summary>
    public NameMatch FindDrug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new NameMatch(text, NameMatchKind.NotFound, -1, null, DrugResolutionKind.Unresolved, []);
        }

        if (_store.FindIngredient(trimmed) is { } exact)
        {
            return Found(text, exact, DrugResolutionKind.Exact);
        }

        var resolution = _resolver.Value.Resolve(trimmed, null);
        var known = resolution.Ingredients.Select(_store.FindIngredient).Where(static id => id is not null).Select(static id => id!.Value).Distinct().ToList();
        if (known.Count == 1)
        {
            return Found(text, known[0], resolution.Kind);
        }

        if (known.Count > 1)
        {
            // A combination product: the user must pick the ingredient to ask about.
            return new NameMatch(text, NameMatchKind.Ambiguous, -1, null, resolution.Kind, [.. known.Select(id => _store.Ingredients[id])]);
        }

        return new NameMatch(text, NameMatchKind.NotFound, -1, null, DrugResolutionKind.Unresolved, Suggest(trimmed, _store.Ingredients));
    }

    /// <summary>Resolves an event name to one MedDRA term in the store (case-insensitive exact match).</summary>
    public NameMatch FindEvent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && _store.FindTerm(trimmed) is { } exact)
        {
            return new NameMatch(text, NameMatchKind.Found, exact, _store.Terms[exact], DrugResolutionKind.Exact, []);
        }

        return new NameMatch(text, NameMatchKind.NotFound, -1, null, DrugResolutionKind.Unresolved, trimmed.Length == 0 ? [] : Suggest(trimmed, _store.Terms));
    }

    private NameMatch Found(string input, int id, DrugResolutionKind reason) =>
        new(input, NameMatchKind.Found, id, _store.Ingredients[id], reason, []);

    /// <summary>Names that start with the text or contain it as a word come first, then the nearest by edit distance.</summary>
    internal static IReadOnlyList<string> Suggest(string text, IReadOnlyList<string> names)
    {
        var limit = text.Length <= 4 ? 1 : text.Length <= 8 ? 2 : 3;
        var scored = new List<(int Score, string Name)>();
        foreach (var name in names)
        {
            if (name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                scored.Add((0, name));
            }
            else if (name.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                scored.Add((1, name));
            }
            else
            {
                var distance = EditDistance.Bounded(text, name, limit);
                if (distance <= limit)
                {
                    scored.Add((1 + distance, name));
                }
            }
        }

        return [.. scored.OrderBy(static s => s.Score).ThenBy(static s => s.Name.Length).ThenBy(static s => s.Name, StringComparer.Ordinal).Take(MaxSuggestions).Select(static s => s.Name)];
    }
}
