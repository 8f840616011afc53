using System.Text;
using Causa.Core.Evidence;
using Causa.Core.Files;
using Causa.Core.Sources;

namespace Causa.Core.Tests.Sources;

/// <summary>
/// Label entries read from a source file of format version 2 are decoded on first use (<see cref="StoredLabelEntries"/>): the answers must be
/// those of the sources as imported, and a damaged entry must still fail the whole read, never a later answer.
/// </summary>
public sealed class StoredLabelEntriesTests : IDisposable
{
    private static readonly Lazy<(IReadOnlyList<ImportedSource> Imported, IReadOnlyList<ImportedSource> Loaded)> RealRoundTrip = new(SaveAndLoadReal);

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "causa-storedlabels-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void Every_real_label_entry_reads_back_as_imported()
    {
        var (imported, loaded) = RealRoundTrip.Value;
        var stored = Assert.IsType<StoredLabelEntries>(loaded[0].Labels);
        Assert.Equal(imported[0].Labels.Count, stored.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            AssertSame(imported[0].Labels[i], stored[i]);
            Assert.Equal(imported[0].Labels[i].Ingredient, stored.IngredientAt(i));
            Assert.Equal(imported[0].Labels[i].Term, stored.TermAt(i));
        }
    }

    [Fact]
    public void Sources_read_from_the_file_answer_as_the_sources_imported()
    {
        var (imported, loaded) = RealRoundTrip.Value;
        var expected = new EvidenceSources(imported);
        var actual = new EvidenceSources(loaded);

        Assert.Equal(expected.Ingredients(), actual.Ingredients());
        Assert.Equal(expected.Terms(), actual.Terms());

        // Every 25th ingredient with labels, each term it has: the entries, their order and their sources.
        var ingredients = imported[0].Labels.Select(static l => l.Ingredient).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Where((_, i) => i % 25 == 0).ToList();
        Assert.True(ingredients.Count > 20, $"only {ingredients.Count} ingredients sampled");
        foreach (var ingredient in ingredients)
        {
            for (var k = 0; k < loaded.Count; k++)
            {
                Assert.Equal(expected.LabelKnowsDrug(imported[k].Info, ingredient), actual.LabelKnowsDrug(loaded[k].Info, ingredient));
            }

            foreach (var term in imported[0].Labels.Where(l => l.Ingredient == ingredient).Select(static l => l.Term).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var want = expected.Labels(ingredient, term);
                var got = actual.Labels(ingredient, term);
                Assert.Equal(want.Count, got.Count);
                for (var k = 0; k < want.Count; k++)
                {
                    Assert.Equal(want[k].Source.Name, got[k].Source.Name);
                    AssertSame(want[k].Entry, got[k].Entry);
                }
            }
        }

        Assert.Empty(actual.Labels("NOT A DRUG ANY SOURCE KNOWS", "Nausea"));
        Assert.False(actual.LabelKnowsDrug(loaded[0].Info, "NOT A DRUG ANY SOURCE KNOWS"));
    }

    [Fact]
    public void An_entry_decodes_once_and_in_file_order_per_drug()
    {
        EvidenceSourceFile.Save(_dir, [Source("One", Label("BETA", "Nausea", 1), Label("ALPHA", "Headache", 2), Label("BETA", "Rash", 3))]);
        Assert.True(EvidenceSourceFile.TryLoad(_dir, out var loaded, out var error, out _), error);
        var sources = new EvidenceSources(loaded);

        var rash = Assert.Single(sources.Labels("BETA", "rash"));
        Assert.Equal([3.0], rash.Entry.DrugPercents);
        Assert.Same(rash.Entry, loaded[0].Labels[2]);
        Assert.Same(rash.Entry, sources.Labels("BETA", "Rash")[0].Entry);
        Assert.Equal([2.0], Assert.Single(sources.Labels("ALPHA", "Headache")).Entry.DrugPercents);
        Assert.Equal([1.0, 3.0], sources.Labels("BETA", "Nausea").Concat(sources.Labels("BETA", "Rash")).Select(static x => x.Entry.DrugPercents[0]));
        Assert.Equal(["ALPHA", "BETA"], sources.Ingredients());
    }

    [Fact]
    public void The_first_spelling_of_a_term_wins_as_when_every_entry_was_read()
    {
        // Ingredients in the order they first appear (BETA, then ALPHA), each with its entries from every source: BETA's
        // "NAUSEA" in the second source comes before ALPHA's "Nausea" in the first, so "NAUSEA" is the spelling kept.
        var first = Source("First", Label("BETA", "Rash", 1), Label("ALPHA", "Nausea", 2));
        var second = Source("Second", Label("BETA", "NAUSEA", 3));
        EvidenceSourceFile.Save(_dir, [first, second]);
        Assert.True(EvidenceSourceFile.TryLoad(_dir, out var loaded, out var error, out _), error);

        Assert.Equal(["NAUSEA", "Rash"], new EvidenceSources(loaded).Terms());
        Assert.Equal(["NAUSEA", "Rash"], new EvidenceSources([first, second]).Terms());
    }

    [Fact]
    public void A_description_index_out_of_range_fails_the_read_not_a_later_answer()
    {
        // One entry whose description names string 7 of a table of 2: checksums are right, the content is not.
        var bytes = HandWritten(w =>
        {
            w.Write(1);
            WriteEntryStart(w, 1, 0);
            w.Write(1); // one description
            w.Write(7); // ...naming a string that does not exist
            WriteEntryEnd(w);
        });

        Assert.False(EvidenceSourceFile.TryDecode(bytes, out var sources, out var error, out _));
        Assert.Empty(sources);
        Assert.Contains("string index 7 out of range", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_figure_count_fails_the_read()
    {
        var bytes = HandWritten(w =>
        {
            w.Write(1);
            WriteEntryStart(w, 1, 0, drugCount: 1_000_000);
            w.Write(1);
            w.Write(0);
            WriteEntryEnd(w);
        });

        Assert.False(EvidenceSourceFile.TryDecode(bytes, out _, out var error, out _));
        Assert.Contains("count 1000000 is impossible here", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_ending_inside_an_entry_fails_the_read()
    {
        // Two entries announced, one written, and nothing after it.
        var bytes = HandWritten(w =>
        {
            w.Write(2);
            WriteEntryStart(w, 1, 0);
            w.Write(0);
            WriteEntryEnd(w);
        }, tail: false);

        Assert.False(EvidenceSourceFile.TryDecode(bytes, out _, out var error, out _));
        Assert.Contains("ends early", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_file_reads_to_the_values_written()
    {
        var bytes = HandWritten(w =>
        {
            w.Write(1);
            WriteEntryStart(w, 1, 0, drug: [12.5, 3.0], placebo: [1.5]);
            w.Write(1);
            w.Write(0);
            w.Write(0.25); // label share
            w.Write(8); // labels
            w.Write(true); // boxed
        });

        Assert.True(EvidenceSourceFile.TryDecode(bytes, out var sources, out var error, out _), error);
        var entry = Assert.Single(Assert.Single(sources).Labels);
        Assert.Equal("ZETA", entry.Ingredient);
        Assert.Equal("Nausea", entry.Term);
        Assert.Equal([12.5, 3.0], entry.DrugPercents);
        Assert.Equal([1.5], entry.PlaceboPercents);
        Assert.Equal(["Nausea"], entry.Descriptions);
        Assert.Equal(0.25, entry.LabelShare);
        Assert.Equal(8, entry.Labels);
        Assert.True(entry.Boxed);
    }

    private static (IReadOnlyList<ImportedSource> Imported, IReadOnlyList<ImportedSource> Loaded) SaveAndLoadReal()
    {
        var dir = Path.Combine(Path.GetTempPath(), "causa-storedlabels-real-" + Guid.NewGuid().ToString("N"));
        try
        {
            IReadOnlyList<ImportedSource> imported = [RealSources.Sider, RealSources.DrugCentral, RealSources.PharmacotherapyDb];
            // A file of format version 2, which has no indexes: its label entries are located by walking them.
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, EvidenceSourceFile.FileName), OldEvidenceFiles.VersionTwo(EvidenceSourceFile.Encode(imported)));
            Assert.True(EvidenceSourceFile.TryLoad(dir, out var loaded, out var error, out _), error);
            return (imported, loaded);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void AssertSame(LabelEntry expected, LabelEntry actual)
    {
        Assert.Equal(expected.Ingredient, actual.Ingredient);
        Assert.Equal(expected.Term, actual.Term);
        Assert.Equal(expected.DrugPercents, actual.DrugPercents);
        Assert.Equal(expected.PlaceboPercents, actual.PlaceboPercents);
        Assert.Equal(expected.Descriptions, actual.Descriptions);
        Assert.Equal(expected.LabelShare, actual.LabelShare);
        Assert.Equal(expected.Labels, actual.Labels);
        Assert.Equal(expected.Boxed, actual.Boxed);
    }

    private static LabelEntry Label(string ingredient, string term, double percent) =>
        new(ingredient, term, [percent], [], ["common"], null, null, Boxed: false);

    private static ImportedSource Source(string name, params LabelEntry[] labels) =>
        new(new SourceInfo(name, EvidenceSourceKind.Sider, ["x.tsv"], "p", EvidenceUnit.None, "CC0", "c", 1, 1, 0, 0, [], [], RealSources.ImportedAt), labels, [], null);

    // One SIDER source written by hand in the file's documented layout: its description, a string table of two strings
    // (ingredient "ZETA" is 1, term "Nausea" is 0), the label entries that writeLabels writes (their count first), no
    // indications and no count table.
    private static byte[] HandWritten(Action<BinaryWriter> writeLabels, bool tail = true)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(1); // sources
            w.Write("Hand");
            w.Write((int)EvidenceSourceKind.Sider);
            w.Write(0); // files
            w.Write("period");
            w.Write((int)EvidenceUnit.None);
            w.Write("CC0");
            w.Write("citation");
            w.Write(1L);
            w.Write(1L);
            w.Write(0L);
            w.Write(0L);
            w.Write(0); // rejections
            w.Write(0); // notes
            w.Write(RealSources.ImportedAt.UtcTicks);
            w.Write(2); // string table
            w.Write("Nausea");
            w.Write("ZETA");
            writeLabels(w);
            if (tail)
            {
                w.Write(0); // indications
                w.Write(false); // no count table
            }
        }

        return SectionFileWriter.ToBytes("CAUSASRC"u8, EvidenceSourceFile.UnindexedVersion, s => s.Array(1u, payload.ToArray()));
    }

    private static void WriteEntryStart(BinaryWriter w, int ingredient, int term, double[]? drug = null, double[]? placebo = null, int? drugCount = null)
    {
        w.Write(ingredient);
        w.Write(term);
        drug ??= [];
        w.Write(drugCount ?? drug.Length); // a wrong count when drugCount says so
        foreach (var d in drug)
        {
            w.Write(d);
        }

        placebo ??= [];
        w.Write(placebo.Length);
        foreach (var p in placebo)
        {
            w.Write(p);
        }
    }

    private static void WriteEntryEnd(BinaryWriter w)
    {
        w.Write(-1.0); // no label share
        w.Write(-1); // no label count
        w.Write(false);
    }
}
