using Causa.Core.Files;
using Causa.Core.Resolution;
using Causa.Core.Storage;
using Causa.Core.Tests.Vocabulary;
using Causa.Core.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Names;

/// <summary>
/// The exact name tables read in place (<see cref="DrugNameTable"/>, <see cref="TermExactTable"/>) answer every lookup as
/// the in-memory resolvers they replace, on the real vocabulary sources; a damaged table is refused.
/// </summary>
public sealed class NameTableTests
{
    private static readonly byte[] Signature = "CAUSATST"u8.ToArray();

    private static MappedFileLease Written(Action<SectionFileWriter> write) =>
        new(MappedSectionFile.FromBytes(SectionFileWriter.ToBytes(Signature, 1, write), "test", Signature, 1, "test"), "test");

    private static string Render(DrugLookup l) =>
        $"{l.Input}: {l.Match}|{l.Kind}|{l.Confidence}|{string.Join('+', l.Ingredients)}|{string.Join(';', l.Alternatives.Select(a => $"{a.Name}={string.Join('+', a.Ingredients)}@{a.Distance}"))}|{string.Join(';', l.Suggestions)}";

    private static string Render(DrugResolution r) => $"{r.Kind}|{r.Confidence}|{string.Join('+', r.Ingredients)}";

    [Fact]
    public void A_drug_resolver_over_the_table_answers_as_the_one_in_memory_for_every_name_of_the_real_vocabulary()
    {
        var merged = DrugResolver.Merge(RealVocabulary.All, null);
        var frozen = FrozenDrugNames.From(merged);
        var file = Written(w => Assert.True(DrugNameTable.Write(w, frozen)));
        var table = DrugNameTable.Read(file, () => FrozenDrugNames.From(merged));
        Assert.NotNull(table);
        Assert.Equal(merged.Ingredients.Concat(merged.Brands.Select(b => b.Name)).Distinct(StringComparer.Ordinal).Count(), table.Count);

        var inMemory = new DrugResolver(merged);
        var inPlace = new DrugResolver(table, new Lazy<ImportedVocabulary>(() => merged));
        Assert.True(frozen.Synonyms.Count > 100 && frozen.Brands.Count > 1000, "the comparison would say little");

        // Every name exactly, in other case, with a strength and a salt; every 25th with a typo, a foreign ending and a
        // French final E; words no source knows; combinations.
        var names = frozen.Ingredients.Concat(frozen.Brands.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var texts = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var n = names[i];
            texts.AddRange([n, n.ToLowerInvariant(), n + " 10 MG TABLETS", n + " HYDROCHLORIDE"]);
            if (i % 25 == 0 && n.Length > 6)
            {
                texts.AddRange([n[..3] + n[4..], n + "E", n + "UM", n[..^1], n + " / " + names[(i * 7) % names.Count]]);
            }
        }

        texts.AddRange(["zzqx unknown", "ONARTUZUMAB", "MIROGABALIN BESYLATE", "HORSE CHESTNUT EXTRACT", "sertraline//zoloft", "(TYLENOL) ACETAMINOPHEN"]);
        foreach (var text in texts)
        {
            Assert.Equal(Render(inMemory.Resolve(text, null)), Render(inPlace.Resolve(text, null)));
        }

        foreach (var text in texts.Where((_, i) => i % 3 == 0))
        {
            Assert.Equal(Render(inMemory.Lookup(text)), Render(inPlace.Lookup(text)));
        }

        Assert.Equal(inMemory.NameCount, inPlace.NameCount);
        Assert.Equal(inMemory.Complete("SERT").Select(c => c.Name), inPlace.Complete("SERT").Select(c => c.Name));
        Assert.Equal(inMemory.IngredientsOfClass("statins"), inPlace.IngredientsOfClass("statins"));
    }

    [Fact]
    public void A_term_resolver_over_the_table_answers_as_the_one_in_memory()
    {
        // Terms of the lay lexicon plus made-up store terms, with an imported synonym that reads as an exact term.
        var vocabulary = new VocabularyBuilder();
        vocabulary.AddEventSynonym("hairfall", "Alopecia", VocabularySource.Sider);
        vocabulary.AddEventSynonym("Back pain", "Sciatica", VocabularySource.Sider);
        string[] storeTerms = ["Alopecia", "Back pain", "Urinary incontinence", "Oesophageal carcinoma", "Blood magnesium decreased", "Post-traumatic stress disorder", "Zzzz unheard of term"];
        var full = new TermResolver(vocabulary.Build(), storeTerms);
        var file = Written(w => Assert.True(TermExactTable.Write(w, full)));
        var table = TermExactTable.Read(file);
        Assert.NotNull(table);
        var built = 0;
        var inPlace = new TermResolver(table, () =>
        {
            built++;
            return new TermResolver(vocabulary.Build(), storeTerms);
        });

        // A known wording is answered from the table alone.
        Assert.Equal(Render(full.Lookup("urinary incontinence")), Render(inPlace.Lookup("urinary incontinence")));
        Assert.Equal(Render(full.Lookup("back pain")), Render(inPlace.Lookup("back pain")));
        Assert.Equal(0, built);

        var texts = LayTermLexicon.All.Select(e => e.Phrase).Concat(LayTermLexicon.All.Select(e => e.PreferredTerm)).Concat(storeTerms)
            .Concat(LayTermLexicon.Abbreviations.Select(a => a.Abbreviation))
            .Concat(["hairfall", "HAIR LOSS", "I have a backache", "insomina", "low magnesium", "esophageal cancer", "post traumatic stress", "I feel nothing", "nothing", "UTIs", "M.I.", "", "  ", "qqqq"])
            .ToList();
        foreach (var text in texts)
        {
            Assert.Equal(Render(full.Lookup(text)), Render(inPlace.Lookup(text)));
            Assert.Equal(full.IsKnownWording(text), inPlace.IsKnownWording(text));
        }

        Assert.Equal(full.TermCount, inPlace.TermCount);
        Assert.Equal(full.Complete("back"), inPlace.Complete("back"));
        Assert.Equal(full.RelatedTerms("Back pain"), inPlace.RelatedTerms("Back pain"));
        Assert.Equal(1, built);
    }

    private static string Render(TermLookup l) =>
        $"{l.Input}: {l.Match}|{l.Kind}|{l.Language}|{l.Confidence}|{string.Join(';', l.Alternatives.Select(a => $"{a.Term}/{a.Via}/{a.Kind}/{a.Confidence}"))}|{string.Join(';', l.Related)}|{string.Join(';', l.Suggestions)}";

    [Fact]
    public void A_string_table_finds_every_key_by_its_bytes_and_refuses_keys_it_cannot_hold()
    {
        string[] keys = ["b", "a", "ä", "日本", "A", "", "ab", "😀", "ｚ"];
        var sorted = Utf8StringTable.SortForLookup(keys);
        Assert.NotNull(sorted);
        var table = Utf8StringTable.Read(Written(w => w.Strings(1, 2, sorted)), 1, 2, "test");
        Assert.Equal(keys.Length, table.Count);
        foreach (var k in keys)
        {
            Assert.Equal(k, table[table.IndexOf(k)]);
        }

        Assert.Equal(-1, table.IndexOf("c"));
        Assert.Equal(-1, table.IndexOf("a "));
        Assert.Null(Utf8StringTable.SortForLookup(["a", "\ud800"])); // an unpaired surrogate does not survive UTF-8
        Assert.Null(Utf8StringTable.SortForLookup(["a", "a"]));
        // Offsets that go back, or do not end at the bytes' end, are refused where they are read.
        var backwards = Utf8StringTable.Read(Written(w => { w.Array(1, new[] { 0, 5, 3 }); w.Array(2, new byte[3]); }), 1, 2, "test");
        Assert.Throws<InvalidStoreException>(() => backwards[0]);
        Assert.Throws<InvalidStoreException>(() => backwards.CheckAll());
        Assert.Throws<InvalidStoreException>(() => Utf8StringTable.Read(Written(w => { w.Array(1, new[] { 0, 2 }); w.Array(2, new byte[3]); }), 1, 2, "test"));
    }

    [Fact]
    public void A_table_whose_references_point_outside_it_is_refused()
    {
        var merged = DrugResolver.Merge(ImportedVocabulary.Empty, null);
        var bytes = SectionFileWriter.ToBytes(Signature, 1, w => Assert.True(DrugNameTable.Write(w, FrozenDrugNames.From(merged))));
        using var good = MappedSectionFile.FromBytes(bytes, "test", Signature, 1, "test");

        // The same sections, with the ingredient references of section 13 pointing past the member strings.
        var items = good.Get<int>(13).ToArray();
        items[0] = int.MaxValue;
        var damaged = SectionFileWriter.ToBytes(Signature, 1, w =>
        {
            w.Array(10, good.Get<int>(10).ToArray());
            w.Array(11, good.Get<byte>(11).ToArray());
            w.Array(12, good.Get<int>(12).ToArray());
            w.Array(13, items);
            w.Array(14, good.Get<int>(14).ToArray());
            w.Array(15, good.Get<byte>(15).ToArray());
        });
        var file = new MappedFileLease(MappedSectionFile.FromBytes(damaged, "test", Signature, 1, "test"), "test");
        var table = DrugNameTable.Read(file, () => FrozenDrugNames.From(merged));
        Assert.NotNull(table);
        Assert.Equal("test", Assert.Throws<InvalidStoreException>(() => table.CheckAll()).FileName);
    }

    [Fact]
    public void An_index_written_before_the_lookup_tables_or_by_another_build_is_read_for_its_merged_names_only()
    {
        using var folder = new TempFolder();
        var key = new DrugNameIndexFile.Key(42, 1000, 0, 0);
        var vocabulary = new VocabularyBuilder();
        vocabulary.AddProduct("ZORVEXA", "OCTREOTIDE ACETATE", VocabularySource.DrugsAtFda);
        var merged = DrugResolver.Merge(vocabulary.Build(), null);
        using var payload = new MemoryStream();
        merged.Save(payload);
        long[] keyValues = [unchecked((long)key.StoreFingerprint), key.StoreSize, unchecked((long)key.VocabularyFingerprint), key.VocabularySize];
        var path = Path.Combine(folder.Path, DrugNameIndexFile.FileName);

        // As an earlier build wrote it (the key and the merged vocabulary), then with the stamp of another build.
        foreach (var stamp in new long[]?[] { null, [1, 2, 3] })
        {
            SectionFileWriter.WriteAtomically(path, "CAUSANAM"u8, 1, w =>
            {
                w.Array(1, keyValues);
                w.Array(2, payload.ToArray());
                if (stamp is not null)
                {
                    w.Array(3, stamp);
                }
            });

            var contents = DrugNameIndexFile.TryOpen(folder.Path, key);
            Assert.NotNull(contents);
            Assert.False(contents.HasTables);
            Assert.False(DrugNameIndexFile.IsCurrent(folder.Path, key)); // the next write rewrites it
            // `causa verify` says so rather than calling it current.
            Assert.Equal(DrugNameIndexState.Stale, DrugNameIndexFile.Verify(folder.Path, key, out var problem));
            Assert.Equal(stamp is null ? "written without lookup tables, by an earlier build of Causa" : "its lookup tables were written by another build of Causa", problem);
            Assert.Null(contents.CreateTermResolver(() => throw new InvalidOperationException("not called")));
            Assert.Equal(["OCTREOTIDE"], contents.CreateDrugResolver().Resolve("zorvexa 10 mg", null).Ingredients);
        }

        DrugNameIndexFile.Write(folder.Path, key, merged, new TermResolver(null, ["Alopecia"]));
        Assert.True(DrugNameIndexFile.IsCurrent(folder.Path, key));
        Assert.Equal(DrugNameIndexState.Current, DrugNameIndexFile.Verify(folder.Path, key, out var none));
        Assert.Null(none);
        var current = DrugNameIndexFile.TryOpen(folder.Path, key)!;
        Assert.True(current.HasTables);
        Assert.Equal(["OCTREOTIDE"], current.CreateDrugResolver().Resolve("zorvexa 10 mg", null).Ingredients);
        Assert.Equal("Alopecia", current.CreateTermResolver(() => throw new InvalidOperationException("not needed for an exact wording"))!.Lookup("alopecia").Match);
        Assert.Null(DrugNameIndexFile.TryOpen(folder.Path, key with { StoreSize = 1001 }));

        // A damaged byte in what is read to open the index (its key) is refused by the checksums: the index is not used.
        var written = File.ReadAllBytes(path);
        var bytes = (byte[])written.Clone();
        bytes[Offset(written, 1)] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        Assert.Null(DrugNameIndexFile.TryOpen(folder.Path, key));

        // One in the drug names or the event wordings is found by the block checksums when a lookup reads it, and never
        // used: the lookup answers from the same names in memory; a whole check finds it without a lookup.
        foreach (var section in new uint[] { 11, 21 })
        {
            bytes = (byte[])written.Clone();
            bytes[Offset(written, section)] ^= 0x5A;
            File.WriteAllBytes(path, bytes);
            var damaged = DrugNameIndexFile.TryOpen(folder.Path, key);
            Assert.NotNull(damaged);
            Assert.Equal(["OCTREOTIDE"], damaged.CreateDrugResolver().Resolve("zorvexa 10 mg", null).Ingredients);
            var terms = damaged.CreateTermResolver(() => new TermResolver(null, ["Alopecia"]))!;
            Assert.Equal("Alopecia", terms.Lookup("alopecia").Match);
            Assert.True(terms.IsKnownWording("alopecia"));
            Assert.Equal(DrugNameIndexState.Damaged, DrugNameIndexFile.Verify(folder.Path, key, out _));
        }

        // One in the merged vocabulary, read on first need, ends the query with an error naming the index.
        bytes = (byte[])written.Clone();
        bytes[Offset(written, 2)] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var broken = DrugNameIndexFile.TryOpen(folder.Path, key);
        Assert.NotNull(broken);
        var error = Assert.Throws<InvalidStoreException>(() => broken.Merged.Value);
        Assert.Equal(DrugNameIndexFile.FileName, error.FileName);
        Assert.Null(DrugNameIndexFile.TryLoad(folder.Path, key));
    }

    // The middle byte of a section of a written index.
    private static long Offset(byte[] index, uint section)
    {
        using var file = MappedSectionFile.FromBytes(index, "test", "CAUSANAM"u8, 1, "name index");
        var (offset, length) = file.Range(section);
        Assert.True(length > 0);
        return offset + (length / 2);
    }
}
