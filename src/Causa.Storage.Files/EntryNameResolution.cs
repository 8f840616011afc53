using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Storage.Files;

/// <summary>
/// Name resolution: learns name pairs (drug name with coded ingredient, by DRUG-row count) from the kept cases, builds the
/// resolver from them and resolves every distinct drug entry to its ingredients.
/// </summary>
internal static class EntryNameResolution
{
    /// <summary>Fills the ingredient dictionary, the entry → ingredient map and the entries' cleaned learned forms of
    /// <paramref name="data"/>.</summary>
    /// <param name="data">The content to resolve: a whole store, or a segment.</param>
    /// <param name="resolverFactory">Builds the resolver from the learned name pairs.</param>
    /// <param name="storedPairs">For a segment: the learned pairs of the store it is added to, counted with its own, so
    /// that its names are resolved with what the whole store has learned; null for a whole store.</param>
    /// <param name="keptLearnedKeys">For a whole store rewritten from stored files: the cleaned learned forms those files
    /// keep, by entry, so that only names new to the store are cleaned; null for none.</param>
    /// <returns>The learned pairs the names were resolved with: those of the store the content is (or, with
    /// <paramref name="storedPairs"/>, completes), ordered by drug name then <c>prod_ai</c>, every one cleaned.</returns>
    public static LearnedPairTable Resolve(StoreData data, IDrugNameResolverFactory resolverFactory, IReadOnlyList<LearnedNamePair>? storedPairs = null, IReadOnlyDictionary<DrugEntry, string>? keptLearnedKeys = null)
    {
        var rowCounts = new long[data.Entries.Length];
        foreach (var entry in data.DrugEntryIds)
        {
            rowCounts[entry]++;
        }

        var own = new List<LearnedNamePair>();
        var ownKeys = new List<string?>();
        for (var i = 0; i < data.Entries.Length; i++)
        {
            var entry = data.Entries[i];
            if (entry.ProdAi is not null && rowCounts[i] > 0)
            {
                own.Add(new LearnedNamePair(entry.DrugName, entry.ProdAi, rowCounts[i]));
                ownKeys.Add(keptLearnedKeys?.GetValueOrDefault(entry));
            }
        }

        var learned = storedPairs is null ? new LearnedPairTable(own, [.. ownKeys]) : Combine(own, storedPairs);
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
        learned.CleanMissing();
        data.EntryLearnedKeys = LearnedKeysOf(data.Entries, learned);
        return learned;
    }

    /// <summary>Each entry's cleaned learned form: taken from <paramref name="learned"/> (cleaned once, when its name first
    /// reached the store), made here only for an entry with <c>prod_ai</c> but no DRUG row; empty without <c>prod_ai</c>.</summary>
    /// <remarks>Both are in name then <c>prod_ai</c> order (<see cref="DrugEntry.CompareTo"/>), so one walk pairs them.</remarks>
    private static string[] LearnedKeysOf(DrugEntry[] entries, LearnedPairTable learned)
    {
        var keys = new string[entries.Length];
        var at = 0;
        for (var e = 0; e < entries.Length; e++)
        {
            var (name, prodAi) = (entries[e].DrugName, entries[e].ProdAi);
            if (prodAi is null)
            {
                keys[e] = string.Empty;
                continue;
            }

            var entry = new LearnedNamePair(name, prodAi, 0);
            while (at < learned.Count && StoreLearnedPairs.CompareByName(learned[at], entry) < 0)
            {
                at++;
            }

            keys[e] = at < learned.Count && StoreLearnedPairs.CompareByName(learned[at], entry) == 0 ? learned.KeysAt(at) : LearnedPairKeys.Of(name, prodAi);
        }

        return keys;
    }

    /// <summary>Both lists' pairs, the counts of a pair in both summed, ordered by drug name then <c>prod_ai</c> (ordinal),
    /// with the cleaned forms the stored pairs carry.</summary>
    /// <remarks>Both lists come in that order (a store's pairs, and a content's entries: <see cref="DrugEntry.CompareTo"/>),
    /// so one merge walk combines them.</remarks>
    private static LearnedPairTable Combine(List<LearnedNamePair> own, IReadOnlyList<LearnedNamePair> stored)
    {
        var storedTable = stored as LearnedPairTable;
        var pairs = new List<LearnedNamePair>(own.Count + stored.Count);
        var keys = new List<string?>(own.Count + stored.Count);
        int o = 0, s = 0;
        while (o < own.Count || s < stored.Count)
        {
            var order = o == own.Count ? 1 : s == stored.Count ? -1 : StoreLearnedPairs.CompareByName(own[o], stored[s]);
            if (order < 0)
            {
                pairs.Add(own[o++]);
                keys.Add(null);
            }
            else
            {
                var pair = stored[s];
                keys.Add(storedTable?.KnownKeysAt(s));
                s++;
                pairs.Add(order == 0 ? pair with { Count = pair.Count + own[o++].Count } : pair);
            }
        }

        return new LearnedPairTable(pairs, [.. keys]);
    }
}
