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
    public static void Resolve(StoreData data, IDrugNameResolverFactory resolverFactory)
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
    }
}
