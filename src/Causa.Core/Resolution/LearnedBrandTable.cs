using Causa.Core.Names;

namespace Causa.Core.Resolution;

/// <summary>
/// The brand → ingredient table learned from FAERS name pairs: for each cleaned drug name, the most frequent cleaned
/// ingredient set, kept when it has the minimum share and count.
/// </summary>
/// <param name="Ingredients">Every canonical ingredient seen in <c>prod_ai</c>, sorted ordinally.</param>
/// <param name="Brands">Cleaned drug name → sorted canonical ingredients; names that are their own single ingredient are left out.</param>
/// <param name="Support">Cleaned drug name → (rows behind the chosen set, all rows for that name).</param>
public sealed record LearnedBrandTable(
    IReadOnlyList<string> Ingredients,
    IReadOnlyDictionary<string, string[]> Brands,
    IReadOnlyDictionary<string, (long Chosen, long Total)> Support)
{
    private const char KeySeparator = '\u001f';

    /// <summary>Learns the table.</summary>
    /// <param name="pairs">Name pairs; blank sides and counts below 1 are ignored.</param>
    /// <param name="minShare">Minimum share (0–1] of a name's rows behind the chosen set.</param>
    /// <param name="minCount">Minimum rows (≥ 1) behind the chosen set.</param>
    /// <returns>The table; empty for no usable pairs. Ties between equally frequent sets go to the ordinally smaller set.</returns>
    public static LearnedBrandTable Build(IEnumerable<LearnedNamePair> pairs, double minShare, long minCount)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var ingredients = new SortedSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        var ingredientCache = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var nameCache = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (pair.Count < 1 || string.IsNullOrWhiteSpace(pair.DrugName) || string.IsNullOrWhiteSpace(pair.ProdAi))
            {
                continue;
            }

            if (!ingredientCache.TryGetValue(pair.ProdAi, out var ings))
            {
                ings = [.. DrugNameCleaner.CleanIngredients(pair.ProdAi).Where(i => !NonDrugNames.IsNonDrug(i))];
                ingredientCache[pair.ProdAi] = ings;
                ingredients.UnionWith(ings);
            }

            if (ings.Length == 0)
            {
                continue;
            }

            if (!nameCache.TryGetValue(pair.DrugName, out var key))
            {
                key = DrugNameCleaner.Clean(pair.DrugName);
                nameCache[pair.DrugName] = key;
            }

            if (key.Length == 0 || NonDrugNames.IsNonDrug(key))
            {
                continue;
            }

            if (!counts.TryGetValue(key, out var perSet))
            {
                perSet = new Dictionary<string, long>(StringComparer.Ordinal);
                counts[key] = perSet;
            }

            var setKey = string.Join(KeySeparator, ings);
            perSet[setKey] = perSet.GetValueOrDefault(setKey) + pair.Count;
        }

        var brands = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var support = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var (key, perSet) in counts)
        {
            long total = 0;
            string? best = null;
            long bestCount = 0;
            foreach (var (setKey, count) in perSet)
            {
                total += count;
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(setKey, best) < 0))
                {
                    best = setKey;
                    bestCount = count;
                }
            }

            if (best is null || bestCount < minCount || bestCount < minShare * total)
            {
                continue;
            }

            var set = best.Split(KeySeparator);
            if (set.Length == 1 && string.Equals(set[0], key, StringComparison.Ordinal))
            {
                continue;
            }

            brands[key] = set;
            support[key] = (bestCount, total);
        }

        return new LearnedBrandTable([.. ingredients], brands, support);
    }
}
