using Causa.Core.Names;
using Causa.Core.Resolution;

namespace Causa.Storage.Files;

/// <summary>
/// Name resolution: learns name pairs (drug name with coded ingredient, by DRUG-row count) from the kept cases, builds the
/// resolver from them and resolves every distinct drug entry to its ingredients.
/// </summary>
internal static class EntryNameResolution
{
    /// <summary>Fills the ingredient dictionary and the entry → ingredient map of <paramref name="data"/>.</summary>
    /// <param name="data">The content to resolve: a whole store, or a segment.</param>
    /// <param name="resolverFactory">Builds the resolver from the learned name pairs.</param>
    /// <param name="storedPairs">For a segment: the learned pairs of the store it is added to, counted with its own, so
    /// that its names are resolved with what the whole store has learned; null for a whole store.</param>
    /// <returns>The learned pairs the names were resolved with: those of the store the content is (or, with
    /// <paramref name="storedPairs"/>, completes), ordered by drug name then <c>prod_ai</c>.</returns>
    public static IReadOnlyList<LearnedNamePair> Resolve(StoreData data, IDrugNameResolverFactory resolverFactory, IReadOnlyList<LearnedNamePair>? storedPairs = null)
    {
        var rowCounts = new long[data.Entries.Length];
        foreach (var entry in data.DrugEntryIds)
        {
            rowCounts[entry]++;
        }

        var learned = new List<LearnedNamePair>();
        for (var i = 0; i < data.Entries.Length; i++)
        {
            var entry = data.Entries[i];
            if (entry.ProdAi is not null && rowCounts[i] > 0)
            {
                learned.Add(new LearnedNamePair(entry.DrugName, entry.ProdAi, rowCounts[i]));
            }
        }

        if (storedPairs is not null)
        {
            learned = Combine(learned, storedPairs);
        }

        var resolver = resolverFactory.Create(learned);
        var resolutions = new DrugResolution[data.Entries.Length];
        Parallel.For(0, resolutions.Length, i => resolutions[i] = resolver.Resolve(data.Entries[i].DrugName, data.Entries[i].ProdAi));

        var ingredientSet = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resolution in resolutions)
        {
            ingredientSet.UnionWith(resolution.Ingredients);
        }

        data.Ingredients = [.. ingredientSet];
        var ingredientIds = new Dictionary<string, int>(data.Ingredients.Length, StringComparer.Ordinal);
        for (var i = 0; i < data.Ingredients.Length; i++)
        {
            ingredientIds[data.Ingredients[i]] = i;
        }

        data.EntryIngredientOffsets = new int[resolutions.Length + 1];
        data.EntryResolutionKinds = new byte[resolutions.Length];
        var ids = new List<int>();
        for (var i = 0; i < resolutions.Length; i++)
        {
            data.EntryResolutionKinds[i] = (byte)resolutions[i].Kind;
            foreach (var name in resolutions[i].Ingredients.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                ids.Add(ingredientIds[name]);
            }

            data.EntryIngredientOffsets[i + 1] = ids.Count;
        }

        data.EntryIngredientIds = [.. ids];
        return learned;
    }

    /// <summary>Both lists' pairs, the counts of a pair in both summed, ordered by drug name then <c>prod_ai</c> (ordinal).</summary>
    private static List<LearnedNamePair> Combine(List<LearnedNamePair> own, IReadOnlyList<LearnedNamePair> stored)
    {
        var counts = new Dictionary<(string Name, string ProdAi), long>(own.Count + stored.Count);
        foreach (var pair in stored)
        {
            counts[(pair.DrugName, pair.ProdAi)] = pair.Count;
        }

        foreach (var pair in own)
        {
            var key = (pair.DrugName, pair.ProdAi);
            counts[key] = counts.GetValueOrDefault(key) + pair.Count;
        }

        return StoreLearnedPairs.Ordered(counts);
    }
}
