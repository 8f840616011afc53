using Causa.Application.Ingest;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>
/// The drug-name index written with the store (<see cref="DrugNameIndexFile"/>) gives a query the same resolver as
/// learning the names again from the store, and is used only when it was built from the very files the query opened.
/// </summary>
public sealed class DrugNameIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void Ingest(params string[] samples)
    {
        var sources = IngestService.Discover([.. samples.Select(s => TestData.PathOf("faers", s))]);
        Assert.True(sources.Succeeded, sources.Error?.Message);
        var result = new IngestService().Ingest(new IngestRequest(_folder.Path, sources.Value));
        Assert.True(result.Succeeded, result.Error?.Message);
    }

    private string IndexPath => Path.Combine(_folder.Path, DrugNameIndexFile.FileName);

    // What a resolver answers for every drug name of the store (as FAERS wrote it, with and without its coded
    // ingredient) and for names a user types (brands, typos, unknown words): one line per question.
    private static List<string> Answers(DrugResolver resolver, IReadOnlyList<LearnedNamePair> pairs)
    {
        var typed = new[] { "sandostatin", "octreotid", "Tylenol", "asprin", "humira 40 mg", "metformin hcl", "zzqx unknown", "OMEPRAZOL" };
        var answers = new List<string>();
        foreach (var text in typed.Concat(pairs.Select(p => p.DrugName)))
        {
            var l = resolver.Lookup(text);
            answers.Add($"{text}: {l.Match}|{l.Kind}|{l.Confidence}|{string.Join('+', l.Ingredients)}|{string.Join(';', l.Alternatives.Select(a => $"{a.Name}={string.Join('+', a.Ingredients)}@{a.Distance}"))}|{string.Join(';', l.Suggestions)}");
            var r = resolver.Resolve(text, null);
            answers.Add($"{text} (name): {r.Kind}|{r.Confidence}|{string.Join('+', r.Ingredients)}");
        }

        foreach (var p in pairs)
        {
            var r = resolver.Resolve(p.DrugName, p.ProdAi);
            answers.Add($"{p.DrugName} / {p.ProdAi}: {r.Kind}|{r.Confidence}|{string.Join('+', r.Ingredients)}");
        }

        return answers;
    }

    [Fact]
    public void An_ingest_writes_the_index_and_a_query_resolves_with_it_exactly_as_by_learning_the_names_again()
    {
        Ingest("nico8270_2025q4_sample1000", "faers_ascii_2022Q4_sample.zip");
        Assert.True(File.Exists(IndexPath));

        var opened = CaseStore.Open(_folder.Path);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        using var store = opened.Store;
        var pairs = store.LearnedNamePairs();
        Assert.True(pairs.Count > 500, $"only {pairs.Count} learned pairs: the comparison would say little");
        var merged = DrugNameIndexFile.TryLoad(_folder.Path, DrugNameIndexFile.KeyOf(_folder.Path, store.Fingerprint, store.SizeBytes));
        Assert.NotNull(merged);
        var learnedAgain = new DrugResolver(ImportedVocabulary.Empty, pairs);
        var expected = Answers(learnedAgain, pairs);

        Assert.Equal(learnedAgain.NameCount, new DrugResolver(merged).NameCount);
        Assert.Equal(expected, Answers(new DrugResolver(merged), pairs));

        // The drug table read in place: same answers.
        var contents = DrugNameIndexFile.TryOpen(_folder.Path, DrugNameIndexFile.KeyOf(_folder.Path, store.Fingerprint, store.SizeBytes));
        Assert.NotNull(contents);
        Assert.True(contents.HasTables);
        Assert.Equal(expected, Answers(contents.CreateDrugResolver(), pairs));

        // The workspace a query runs in takes its resolvers from the index: same answers, for drugs and for terms.
        using var workspace = new CausaWorkspace(_folder.Path);
        using var lease = workspace.Acquire();
        Assert.Equal(expected, Answers(lease.Generation.DrugResolver.Value!, pairs));
        var terms = store.Terms;
        Assert.True(terms.Count > 500, $"only {terms.Count} terms: the comparison would say little");
        Assert.Equal(TermAnswers(new TermResolver(ImportedVocabulary.Empty, terms), terms), TermAnswers(lease.Generation.TermResolver.Value!, terms));
    }

    // What a term resolver answers for every term of the store, as written, in lower case, inside a sentence and with a
    // letter left out, and for lay wordings: one line per question.
    private static List<string> TermAnswers(TermResolver resolver, IReadOnlyList<string> terms)
    {
        var texts = terms.SelectMany((t, i) => i % 10 == 0 && t.Length > 5 ? [t, t.ToLowerInvariant(), $"I have {t.ToLowerInvariant()}", t[..2] + t[3..]] : new[] { t, t.ToUpperInvariant() })
            .Concat(["hair loss", "can't sleep", "rugpijn", "Rückenschmerzen", "insomina", "low magnesium", "feel nothing", "UTIs", "zzqx"]);
        var answers = new List<string>();
        foreach (var text in texts)
        {
            var l = resolver.Lookup(text);
            answers.Add($"{text}: {l.Match}|{l.Kind}|{l.Language}|{l.Confidence}|{string.Join(';', l.Alternatives.Select(a => $"{a.Term}/{a.Via}/{a.Kind}"))}|{string.Join(';', l.Related)}|{string.Join(';', l.Suggestions)}|{resolver.IsKnownWording(text)}");
        }

        answers.Add($"{resolver.TermCount} {string.Join(';', resolver.Complete("hyp"))}");
        return answers;
    }

    [Fact]
    public void A_stale_or_damaged_index_is_not_used_and_the_names_are_learned_again()
    {
        Ingest("ubesp_2012q4_tiny");
        var opened = CaseStore.Open(_folder.Path);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        var key = DrugNameIndexFile.KeyOf(_folder.Path, opened.Store.Fingerprint, opened.Store.SizeBytes);
        var pairs = opened.Store.LearnedNamePairs();
        opened.Store.Dispose();
        Assert.True(DrugNameIndexFile.IsCurrent(_folder.Path, key));

        // Built from another store, or from another vocabulary file: stale.
        Assert.Null(DrugNameIndexFile.TryLoad(_folder.Path, key with { StoreFingerprint = key.StoreFingerprint + 1 }));
        Assert.Null(DrugNameIndexFile.TryLoad(_folder.Path, key with { VocabularySize = 123 }));

        // Damaged in its drug names: the block is refused by its checksum when a lookup reads it, never used, and the
        // lookups answer from the names in memory.
        var bytes = File.ReadAllBytes(IndexPath);
        bytes[MiddleOfSection(bytes, 11)] ^= 0x5A;
        File.WriteAllBytes(IndexPath, bytes);
        Assert.Equal(DrugNameIndexState.Damaged, DrugNameIndexFile.Verify(_folder.Path, key, out _));

        using var workspace = new CausaWorkspace(_folder.Path);
        using var lease = workspace.Acquire();
        Assert.Equal(Answers(new DrugResolver(ImportedVocabulary.Empty, pairs), pairs), Answers(lease.Generation.DrugResolver.Value!, pairs));
    }

    // The middle byte of a section of a Causa file, from its directory (header: section count at 12, directory offset at
    // 32; 32-byte entries: id, element size, offset, length, checksum).
    private static int MiddleOfSection(byte[] file, uint id)
    {
        var count = BitConverter.ToInt32(file, 12);
        var directory = (int)BitConverter.ToInt64(file, 32);
        for (var i = 0; i < count; i++)
        {
            var entry = directory + (i * 32);
            if (BitConverter.ToUInt32(file, entry) == id)
            {
                return (int)(BitConverter.ToInt64(file, entry + 8) + (BitConverter.ToInt64(file, entry + 16) / 2));
            }
        }

        throw new InvalidOperationException($"no section {id}");
    }

    [Fact]
    public void A_vocabulary_import_rebuilds_the_index_for_the_new_vocabulary()
    {
        Ingest("ubesp_2012q4_tiny");
        var before = File.ReadAllBytes(IndexPath);
        var vocabulary = new VocabularyBuilder();
        vocabulary.AddProduct("ZORVEXA", "OCTREOTIDE ACETATE", VocabularySource.DrugsAtFda);
        VocabularyFile.Save(_folder.Path, vocabulary.Build());

        var opened = CaseStore.Open(_folder.Path);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        using var store = opened.Store;
        var key = DrugNameIndexFile.KeyOf(_folder.Path, store.Fingerprint, store.SizeBytes);
        Assert.False(DrugNameIndexFile.IsCurrent(_folder.Path, key)); // the vocabulary changed under it

        Names.DrugNameIndex.Refresh(_folder.Path);

        Assert.True(DrugNameIndexFile.IsCurrent(_folder.Path, key));
        Assert.NotEqual(before, File.ReadAllBytes(IndexPath));
        var merged = DrugNameIndexFile.TryLoad(_folder.Path, key)!;
        Assert.Equal(["OCTREOTIDE"], new DrugResolver(merged).Resolve("ZORVEXA", null).Ingredients);
    }
}
