using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Storage;

/// <summary>
/// Every store file keeps what each drug entry's learned pair teaches once cleaned (<see cref="LearnedPairKeys"/>), so an
/// update cleans only the names new to the store; a file kept under other cleaning rules is cleaned again.
/// </summary>
public sealed class LearnedKeySectionTests
{
    [Fact]
    public void Each_file_keeps_the_cleaning_of_its_entries_and_the_store_hands_it_to_the_merge()
    {
        using var folder = new TempFolder();
        Ingest(folder.Path, StoreCompaction.Always, Quarter(1));
        Ingest(folder.Path, StoreCompaction.Defer, Quarter(2));
        using var store = StoreTestHelper.Open(folder.Path);
        Assert.Equal(1, store.SegmentCount);
        foreach (var file in store.Segments)
        {
            var kept = file.EntryLearnedKeys();
            Assert.NotNull(kept);
            for (var e = 0; e < file.DrugEntryCount; e++)
            {
                var (name, prodAi) = (file.NameOfEntry(e), file.ProdAiOfEntry(e));
                Assert.Equal(prodAi is null ? string.Empty : LearnedPairKeys.Of(name, prodAi), kept[e]);
            }
        }

        LearnedPairsMemo.Clear();
        var pairs = Assert.IsType<LearnedPairTable>(store.LearnedNamePairs());
        Assert.Contains(pairs, p => p.DrugName == "PANADOL EXTRA 500 MG");
        Assert.All(Enumerable.Range(0, pairs.Count), i => Assert.NotNull(pairs.KnownKeysAt(i)));
        Assert.Equal(0, pairs.CleanMissing());
    }

    [Fact]
    public void A_file_kept_under_other_cleaning_rules_is_cleaned_again()
    {
        using var folder = new TempFolder();
        Ingest(folder.Path, StoreCompaction.Always, Quarter(1));
        var path = Path.Combine(folder.Path, StoreFileFormat.FileName);
        StoreData data;
        using (var store = StoreTestHelper.Open(folder.Path))
        {
            LearnedPairsMemo.Clear();
            data = store.ToData();
        }

        // What the file holds besides its columns and dictionaries: the indexes, made from them.
        StoreIndexBuilder.Build(data);

        // Kept forms that would teach every name METFORMIN: followed under this build's rules, ignored under others.
        data.EntryLearnedKeys = [.. data.Entries.Select(e => e.ProdAi is null ? string.Empty : "METFORMIN\nPANADOL EXTRA")];
        StoreFileWriter.WriteAtomically(path, data, blockChecksums: true, learnedKeyRules: LearnedPairKeys.RulesVersion + 1);
        using (var other = StoreTestHelper.Open(folder.Path))
        {
            Assert.Null(other.Segments[0].EntryLearnedKeys());
            var merged = DrugResolver.Merge(ImportedVocabulary.Empty, other.LearnedNamePairs());
            Assert.Equal(["ACETAMINOPHEN"], new DrugResolver(merged).Resolve("PANADOL EXTRA", null).Ingredients);
        }

        StoreFileWriter.WriteAtomically(path, data, blockChecksums: true, learnedKeyRules: LearnedPairKeys.RulesVersion);
        using var same = StoreTestHelper.Open(folder.Path);
        Assert.NotNull(same.Segments[0].EntryLearnedKeys());
        var followed = DrugResolver.Merge(ImportedVocabulary.Empty, same.LearnedNamePairs());
        Assert.Equal(["METFORMIN"], new DrugResolver(followed).Resolve("PANADOL EXTRA", null).Ingredients);
    }

    [Fact]
    public void A_rewrite_of_the_store_resolves_with_the_forms_its_files_keep_and_cleans_only_new_names()
    {
        using var folder = new TempFolder();
        Ingest(folder.Path, StoreCompaction.Always, Quarter(1));
        Ingest(folder.Path, StoreCompaction.Defer, Quarter(2));

        // A compaction: every name is already kept by a file.
        var compaction = new RecordingFactory();
        Commit(folder.Path, compaction);
        Assert.Equal((4, 0), (compaction.Pairs, compaction.Unknown));

        // A rewrite with a quarter bringing one new name: that one only is cleaned.
        var rewrite = new RecordingFactory();
        Commit(folder.Path, rewrite, Quarter(3));
        Assert.Equal((5, 1), (rewrite.Pairs, rewrite.Unknown));
    }

    /// <summary>A quarter of twelve cases reporting brands with their coded ingredient (and one entry without).</summary>
    private static QuarterBatch Quarter(int quarter)
    {
        var batch = new BatchBuilder(2022, quarter);
        for (var c = 1; c <= 12; c++)
        {
            batch.Report((quarter * 100) + c, 1, 20220110 + c, [], ["Nausea"]);
        }

        var built = batch.Build();
        string?[][] drugs =
        [
            ["PANADOL EXTRA 500 MG", "PARACETAMOL"],
            ["ZESTORETIC", "LISINOPRIL\\HYDROCHLOROTHIAZIDE"],
            [$"BRAND{quarter}", "GLICLAZIDE"],
            ["NO CODE", null],
        ];
        for (var c = 1; c <= 12; c++)
        {
            var drug = drugs[c % drugs.Length];
            built.Drugs.Add(new DrugRow((((quarter * 100) + c) * 100) + 1, 1, DrugRole.PrimarySuspect, drug[0]!, drug[1]));
        }

        return built;
    }

    private static void Commit(string directory, IDrugNameResolverFactory factory, params QuarterBatch[] batches)
    {
        var begun = StoreUpdateSession.Begin(directory, null, StoreCompaction.Always);
        Assert.True(begun.Succeeded, begun.Error?.ToString());
        using var session = begun.Session;
        foreach (var batch in batches)
        {
            session.Add(batch);
        }

        session.Commit(factory);
    }

    private static void Ingest(string directory, StoreCompaction compaction, QuarterBatch batch)
    {
        var begun = StoreUpdateSession.Begin(directory, null, compaction);
        Assert.True(begun.Succeeded, begun.Error?.ToString());
        using var session = begun.Session;
        session.Add(batch);
        session.Commit(UpperCaseResolver.Factory);
    }

    /// <summary>Resolves as <see cref="UpperCaseResolver"/> and records the pairs it was given and how many came without a
    /// kept cleaned form.</summary>
    private sealed class RecordingFactory : IDrugNameResolverFactory
    {
        public int Pairs { get; private set; }

        public int Unknown { get; private set; }

        public IDrugNameResolver Create(IReadOnlyList<Causa.Core.Names.LearnedNamePair> learnedPairs)
        {
            var table = Assert.IsType<LearnedPairTable>(learnedPairs);
            Pairs = table.Count;
            Unknown = Enumerable.Range(0, table.Count).Count(i => table.KnownKeysAt(i) is null);
            return UpperCaseResolver.Factory;
        }
    }
}
