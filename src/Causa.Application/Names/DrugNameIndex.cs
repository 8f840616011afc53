using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;

namespace Causa.Application.Names;

/// <summary>
/// Keeps the store folder's drug-name index (<see cref="DrugNameIndexFile"/>) in step with what it is built from: every
/// use case that writes the store or the vocabulary calls <see cref="Refresh(string)"/> while it still holds the writer lock, so
/// the queries that follow read the merged names and the exact drug and term tables instead of building them again.
/// </summary>
internal static class DrugNameIndex
{
    /// <summary>Writes the index when the folder's store and vocabulary are not the ones it was built from, or it lacks this
    /// build's lookup tables; first rewrites an evidence-source file of the older, unindexed version
    /// (<see cref="EvidenceSourceFile.UpgradeIfOlder"/>).</summary>
    /// <param name="directory">The store folder; call holding its writer lock.</param>
    /// <remarks>Never fails the write it follows: without a readable store or vocabulary, or when the index cannot be
    /// written, the queries merge the names in memory as they would without an index. Cost on a store that changed: about
    /// what one query without an index pays (reading every drug entry and cleaning every learned name).</remarks>
    public static void Refresh(string directory) => Refresh(directory, null);

    /// <summary>Like <see cref="Refresh(string)"/>, after an ingest that resolved its names with
    /// <paramref name="ingestFactory"/>: when the store's learned pairs are the very list that factory last merged, its
    /// merged vocabulary is written as it is instead of merging again.</summary>
    public static void Refresh(string directory, VocabularyDrugResolverFactory? ingestFactory)
    {
        try
        {
            // The evidence sources' indexes are read in place the same way: a file an older Causa wrote gains them here.
            EvidenceSourceFile.UpgradeIfOlder(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left as it is: a query reads the older file as before.
        }

        try
        {
            var opened = CaseStore.Open(directory, StoreVerification.OnRead);
            if (!opened.Succeeded)
            {
                return;
            }

            using var store = opened.Store;
            var key = DrugNameIndexFile.KeyOf(directory, store.Fingerprint, store.SizeBytes);
            if (DrugNameIndexFile.IsCurrent(directory, key) || !VocabularyFile.TryLoad(directory, out var vocabulary, out _))
            {
                return;
            }

            var pairs = store.LearnedNamePairs();
            var merged = ingestFactory?.MergedFor(pairs) ?? DrugResolver.Merge(vocabulary, pairs);
            if (merged.Brands.Count > 0)
            {
                // A resolver over a merged vocabulary without brands would merge it again (DrugResolver's constructor);
                // never the case in practice (the curated synonyms are brands), but then the index would not be exact.
                DrugNameIndexFile.Write(directory, key, merged, new TermResolver(vocabulary, store.Terms));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Core.Storage.InvalidStoreException)
        {
            // A cache that cannot be written or a store section found damaged now: the queries do without the index
            // (and report the damaged store themselves).
        }
    }
}
