using System.Buffers.Binary;
using Causa.Core.Evidence;
using Causa.Core.Files;
using Causa.Core.Sources;
using Causa.Core.Vocabulary;

namespace Causa.Core.Tests.Sources;

/// <summary>
/// The indexes written with an evidence-source file (format version 3) give the same answers as the sources imported
/// in memory, walked entry by entry; a version-2 file (no indexes) is still answered; a damaged index is refused.
/// </summary>
public sealed class EvidenceIndexTests
{
    private static readonly Lazy<(EvidenceSources Imported, EvidenceSources Loaded, IReadOnlyList<ImportedSource> Raw)> Real = new(SaveAndLoadReal);

    [Fact]
    public void A_version_3_file_is_read_through_its_indexes()
    {
        var (_, loaded, _) = Real.Value;
        Assert.IsType<StoredEvidence>(LoadedList());
        Assert.All(loaded.All, static s => Assert.IsType<IndexedLabelEntries>(s.Labels));
        Assert.All(loaded.All, static s => Assert.IsType<IndexedIndicationEntries>(s.Indications));
    }

    [Fact]
    public void Terms_and_ingredients_read_from_the_index_are_those_of_every_entry()
    {
        var (imported, loaded, _) = Real.Value;
        Assert.Equal(imported.Terms(), loaded.Terms());
        Assert.Equal(imported.Ingredients(), loaded.Ingredients());
        Assert.NotEmpty(loaded.Terms());
    }

    [Fact]
    public void The_condition_index_names_the_drugs_the_walk_over_every_entry_names()
    {
        // Every term and wording an entry holds, every term of the condition families, in several cases, and some that no
        // entry names: the index must give exactly what the walk gives (the walk is the reference; it never uses the index).
        var (imported, loaded, raw) = Real.Value;
        var terms = raw.SelectMany(static s => s.Indications).SelectMany(static e => new[] { e.Term, e.Condition, IndicationImporter.CleanCondition(e.Condition) })
            .Concat(ConditionTermTable.Families.SelectMany(static f => new[] { f.Broader, f.Narrower }))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Where(static (_, i) => i % 7 == 0)
            .SelectMany(static t => new[] { t, t.ToUpperInvariant(), " " + t.ToLowerInvariant() + " " })
            .Concat(["Depression", "Pain", "Hypertension", "Fibromyalgia", "Back pain", "No such condition", "   "]).ToList();
        Assert.True(terms.Count > 300, $"only {terms.Count} terms tried");
        var named = 0;
        foreach (var term in terms)
        {
            var expected = imported.IngredientsIndicatedFor(term);
            Assert.Equal(expected, loaded.IngredientsIndicatedFor(term));
            named += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(named > 100, $"only {named} terms name a drug: the comparison proves little");
    }

    [Fact]
    public void An_ingredients_entries_read_through_the_index_are_its_entries_in_file_order()
    {
        var (imported, loaded, raw) = Real.Value;
        var ingredients = raw.SelectMany(static s => s.Indications.Select(static e => e.Ingredient).Concat(s.Labels.Select(static l => l.Ingredient)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Where(static (_, i) => i % 5 == 0).Append("NOT A DRUG").ToList();
        foreach (var ingredient in ingredients)
        {
            Assert.Equal(Describe(imported.IndicationsOf(ingredient)), Describe(loaded.IndicationsOf(ingredient)));
            foreach (var source in loaded.All)
            {
                Assert.Equal(imported.LabelKnowsDrug(imported.All[loaded.All.ToList().IndexOf(source)].Info, ingredient), loaded.LabelKnowsDrug(source.Info, ingredient));
            }

            foreach (var term in new[] { "Nausea", "Headache", "Somnolence", "Dizziness" })
            {
                Assert.Equal(imported.Labels(ingredient, term).Select(static x => (x.Source.Name, Key(x.Entry))), loaded.Labels(ingredient, term).Select(static x => (x.Source.Name, Key(x.Entry))));
            }
        }
    }

    [Fact]
    public void Count_cells_and_totals_read_through_the_index_are_the_tables()
    {
        var (_, _, raw) = Real.Value;
        var loaded = LoadedList();
        for (var s = 0; s < raw.Count; s++)
        {
            if (raw[s].Counts is not { } table)
            {
                continue;
            }

            var stored = loaded[s].Counts!;
            Assert.Equal(table.Total, stored.Total);
            Assert.Equal(table.Complete, stored.Complete);
            Assert.Equal(table.Drugs, stored.Drugs);
            Assert.Equal(table.Pairs, stored.Pairs);
            Assert.Equal(table.TermTotals.OrderBy(static p => p.Key, StringComparer.Ordinal), stored.TermTotals.OrderBy(static p => p.Key, StringComparer.Ordinal));
            foreach (var p in table.Pairs.Where(static (_, i) => i % 3 == 0))
            {
                Assert.Equal(table.CountOf(p.Drug, p.Term), stored.CountOf(p.Drug, p.Term));
                Assert.Equal(table.CountOf(p.Drug, p.Term.ToLowerInvariant()), stored.CountOf(p.Drug, p.Term.ToLowerInvariant()));
                Assert.Equal(table.CountOf(p.Drug + "X", p.Term), stored.CountOf(p.Drug + "X", p.Term));
                Assert.Equal(table.TermTotal(p.Term.ToUpperInvariant()), stored.TermTotal(p.Term.ToUpperInvariant()));
            }

            Assert.Equal(table.CountOf(table.Drugs[0].Drug, "No such event"), stored.CountOf(table.Drugs[0].Drug, "No such event"));
            Assert.Null(stored.TermTotal("No such event"));
        }
    }

    [Fact]
    public void Answers_from_an_indexed_file_are_those_from_the_sources_imported()
    {
        var (imported, loaded, _) = Real.Value;
        foreach (var (drug, term) in new[] { ("DULOXETINE", "Fibromyalgia"), ("SERTRALINE", "Alopecia"), ("AMITRIPTYLINE", "Migraine"), ("ZYONLIDONE", "Urinary incontinence"), ("SIMVASTATIN", "Myalgia"), ("ALPRAZOLAM", "Somnolence") })
        {
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(EvidenceAssessor.Assess(drug, term, null, imported)), System.Text.Json.JsonSerializer.Serialize(EvidenceAssessor.Assess(drug, term, null, loaded)));
            Assert.Equal(RelatedAnswers.SeeAlso(drug, term, imported, null, []), RelatedAnswers.SeeAlso(drug, term, loaded, null, []));
        }
    }

    [Fact]
    public void A_version_2_file_without_indexes_is_still_answered()
    {
        var (imported, _, raw) = Real.Value;
        var old = OldEvidenceFiles.VersionTwo(EvidenceSourceFile.Encode(raw));
        Assert.Equal(EvidenceSourceFile.UnindexedVersion, BinaryPrimitives.ReadUInt16LittleEndian(old.AsSpan(8)));
        Assert.True(EvidenceSourceFile.TryDecode(old, out var sources, out var error, out _), error);
        Assert.IsNotType<StoredEvidence>(sources);
        var fromOld = new EvidenceSources(sources);
        Assert.Equal(imported.Terms(), fromOld.Terms());
        Assert.Equal(imported.IngredientsIndicatedFor("Depression"), fromOld.IngredientsIndicatedFor("Depression"));
        Assert.Equal(Describe(imported.IndicationsOf("DULOXETINE")), Describe(fromOld.IndicationsOf("DULOXETINE")));
    }

    [Fact]
    public void A_version_2_file_is_rewritten_as_the_current_version_with_the_same_sources_once()
    {
        var raw = Real.Value.Raw;
        var current = EvidenceSourceFile.Encode(raw);
        var directory = Directory.CreateTempSubdirectory("causa-evidence-upgrade-").FullName;
        try
        {
            var path = Path.Combine(directory, EvidenceSourceFile.FileName);
            File.WriteAllBytes(path, OldEvidenceFiles.VersionTwo(current));

            Assert.True(EvidenceSourceFile.UpgradeIfOlder(directory));
            // The same bytes "source add" writes for these sources today: nothing lost, the indexes added.
            Assert.Equal(current, File.ReadAllBytes(path));
            Assert.False(EvidenceSourceFile.UpgradeIfOlder(directory));

            File.WriteAllBytes(path, [.. "CAUSASRC"u8, 2, 0, 1, 2, 3]);
            Assert.False(EvidenceSourceFile.UpgradeIfOlder(directory));
            Assert.Equal([.. "CAUSASRC"u8, 2, 0, 1, 2, 3], File.ReadAllBytes(path));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.False(EvidenceSourceFile.UpgradeIfOlder(directory));
    }

    [Fact]
    public void A_version_3_file_without_its_indexes_is_refused()
    {
        var payload = OldEvidenceFiles.Section(EvidenceSourceFile.Encode([RealSources.PharmacotherapyDb]), EvidenceIndexLayout.Payload);
        var bare = SectionFileWriter.ToBytes("CAUSASRC"u8, EvidenceSourceFile.FormatVersion, w => w.Array(EvidenceIndexLayout.Payload, payload));
        Assert.False(EvidenceSourceFile.TryDecode(bare, out var sources, out var error, out _));
        Assert.Empty(sources);
        Assert.Contains("index", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_pointing_outside_the_payload_is_refused_though_its_checksum_matches()
    {
        // The source table's string offsets moved past the payload, the sections rewritten with matching checksums: a file
        // no Causa writes, refused when read rather than read wrong.
        var bytes = EvidenceSourceFile.Encode([RealSources.PharmacotherapyDb]);
        var damaged = Rewritten(bytes, EvidenceIndexLayout.Sources, header =>
        {
            header[EvidenceIndexLayout.HeaderFields + EvidenceIndexLayout.FIndicationOffset] = int.MaxValue / 2;
        });
        Assert.False(EvidenceSourceFile.TryDecode(damaged, out _, out var error, out _));
        Assert.Contains("indications lie outside the payload", error, StringComparison.Ordinal);

        var wrongCount = Rewritten(bytes, EvidenceIndexLayout.Sources, static header => header[1] = 2);
        Assert.False(EvidenceSourceFile.TryDecode(wrongCount, out _, out var countError, out _));
        Assert.Contains("index does not match", countError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flipped_byte_in_an_index_section_is_a_checksum_mismatch()
    {
        var bytes = EvidenceSourceFile.Encode([RealSources.PharmacotherapyDb]);
        using (var file = MappedSectionFile.FromBytes(bytes, "x", "CAUSASRC"u8, EvidenceSourceFile.FormatVersion, "evidence-source"))
        {
            foreach (var id in new[] { EvidenceIndexLayout.IndicationKeys, EvidenceIndexLayout.ConditionKeyText, EvidenceIndexLayout.Terms })
            {
                var (offset, length) = file.Range(id);
                Assert.True(length > 0, $"section {id} is empty");
                var copy = (byte[])bytes.Clone();
                copy[offset + (length / 2)] ^= 0x10;
                Assert.False(EvidenceSourceFile.TryDecode(copy, out _, out var error, out _));
                Assert.Contains("checksum", error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_condition_index_of_other_rules_is_not_used()
    {
        // An index written by a build whose condition cleaning differed: the entries are walked instead.
        var raw = new[] { RealSources.DrugCentral, RealSources.PharmacotherapyDb };
        var other = Rewritten(EvidenceSourceFile.Encode(raw), EvidenceIndexLayout.Sources, static header => header[0] = EvidenceIndexLayout.RulesVersion + 1);
        Assert.True(EvidenceSourceFile.TryDecode(other, out var sources, out var error, out _), error);
        Assert.False(((StoredEvidence)sources).HasConditionIndex);
        Assert.Equal(new EvidenceSources(raw).IngredientsIndicatedFor("Depression"), new EvidenceSources(sources).IngredientsIndicatedFor("Depression"));
        Assert.NotEmpty(new EvidenceSources(sources).IngredientsIndicatedFor("Depression"));
    }

    private static IReadOnlyList<ImportedSource> LoadedList()
    {
        var bytes = EvidenceSourceFile.Encode(Real.Value.Raw);
        Assert.True(EvidenceSourceFile.TryDecode(bytes, out var sources, out var error, out _), error);
        return sources;
    }

    private static (EvidenceSources, EvidenceSources, IReadOnlyList<ImportedSource>) SaveAndLoadReal()
    {
        IReadOnlyList<ImportedSource> raw = [RealSources.Sider, RealSources.DrugCentral, RealSources.Medi, RealSources.PharmacotherapyDb, RealSources.SiderIndications, RealSources.Takmu, RealSources.Sedative];
        Assert.True(EvidenceSourceFile.TryDecode(EvidenceSourceFile.Encode(raw), out var loaded, out var error, out _), error);
        return (new EvidenceSources(raw), new EvidenceSources(loaded), raw);
    }

    private static List<string> Describe(IReadOnlyList<(SourceInfo Source, IndicationEntry Entry)> entries) =>
        [.. entries.Select(static x => $"{x.Source.Name}|{x.Entry}")];

    private static string Key(LabelEntry e) =>
        $"{e.Ingredient}|{e.Term}|{string.Join(',', e.DrugPercents)}|{string.Join(',', e.PlaceboPercents)}|{string.Join(',', e.Descriptions)}|{e.LabelShare}|{e.Labels}|{e.Boxed}";

    /// <summary>The file with one int section changed and every section written again (checksums match).</summary>
    private static byte[] Rewritten(byte[] file, uint changed, Action<int[]> change)
    {
        var ids = Enumerable.Range(1, 14).Select(static i => (uint)i).ToArray();
        var sections = ids.ToDictionary(static id => id, id => OldEvidenceFiles.Section(file, id));
        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(sections[changed]).ToArray();
        change(values);
        return SectionFileWriter.ToBytes("CAUSASRC"u8, EvidenceSourceFile.FormatVersion, w =>
        {
            foreach (var id in ids)
            {
                if (id == changed)
                {
                    w.Array(id, values);
                }
                else if (id == EvidenceIndexLayout.Payload || id == EvidenceIndexLayout.ConditionKeyText)
                {
                    w.Array(id, sections[id]);
                }
                else
                {
                    w.Array(id, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(sections[id]).ToArray());
                }
            }
        });
    }
}
