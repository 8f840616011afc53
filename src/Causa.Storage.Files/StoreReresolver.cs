using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// Re-resolves every drug entry of an existing store with a new resolver (typically after <c>causa vocab import</c>),
/// without the quarterly files: the store keeps each distinct <c>drugname</c>/<c>prod_ai</c> entry verbatim, so only the
/// entry → ingredient map and the indexes are rebuilt. All or nothing, like an ingest.
/// </summary>
public static class StoreReresolver
{
    /// <summary>Rewrites the store in <paramref name="storeDirectory"/> with names resolved by <paramref name="resolverFactory"/>.</summary>
    /// <param name="storeDirectory">Store folder; it must hold a store.</param>
    /// <param name="resolverFactory">Builds the resolver from the store's learned name pairs (e.g. <see cref="StoreDrugResolverFactory.Create"/>).</param>
    /// <param name="heldLock">The folder's writer lock when the caller holds it; null to take it here, without waiting.</param>
    /// <returns>The new store summary and how many entries changed, or the error (no store, locked, damaged) with the store untouched.</returns>
    public static StoreReresolveResult Run(string storeDirectory, IDrugNameResolverFactory resolverFactory, StoreWriteLock? heldLock = null)
    {
        ArgumentNullException.ThrowIfNull(storeDirectory);
        ArgumentNullException.ThrowIfNull(resolverFactory);
        var opened = CaseStore.Open(storeDirectory);
        if (!opened.Succeeded)
        {
            return new StoreReresolveResult(null, opened.Error, 0, 0, 0);
        }

        Dictionary<DrugEntry, string[]> before;
        int ingredientsBefore;
        using (var store = opened.Store)
        {
            before = EntryIngredients(store);
            ingredientsBefore = store.Ingredients.Count;
        }

        var begun = StoreUpdateSession.Begin(storeDirectory, heldLock, StoreCompaction.Always);
        if (!begun.Succeeded)
        {
            return new StoreReresolveResult(null, begun.Error, before.Count, 0, ingredientsBefore);
        }

        StoreCommitSummary commit;
        using (var session = begun.Session)
        {
            // No batches: Commit rebuilds the staged store, re-resolving every entry with the new resolver.
            commit = session.Commit(resolverFactory);
        }

        var reopened = CaseStore.Open(storeDirectory);
        if (!reopened.Succeeded)
        {
            return new StoreReresolveResult(null, reopened.Error, before.Count, 0, ingredientsBefore);
        }

        using var after = reopened.Store;
        var now = EntryIngredients(after);
        var changed = now.Count(p => !before.TryGetValue(p.Key, out var old) || !old.AsSpan().SequenceEqual(p.Value));
        return new StoreReresolveResult(commit, null, now.Count, changed, ingredientsBefore);
    }

    private static Dictionary<DrugEntry, string[]> EntryIngredients(CaseStore store)
    {
        // File by file: an entry reported in several files of a store with segments resolves the same way in each, bar
        // the name pairs learned when each was written; the newest file's reading is the one kept.
        var result = new Dictionary<DrugEntry, string[]>(store.DrugEntryCount);
        foreach (var segment in store.Segments)
        {
            for (var i = 0; i < segment.DrugEntryCount; i++)
            {
                var ids = segment.IngredientsOfEntry(i);
                var names = new string[ids.Length];
                for (var k = 0; k < ids.Length; k++)
                {
                    names[k] = segment.Ingredients[ids[k]];
                }

                result[segment.GetEntry(i)] = names;
            }
        }

        return result;
    }
}
