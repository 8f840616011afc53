using System.Buffers.Binary;
using Causa.Core.Model;
using Causa.Core.Storage;
using Causa.Storage.Files;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Storage;

/// <summary>
/// A store opened for one command (<see cref="StoreVerification.OnRead"/>) verifies its structure on open and each
/// section's checksum on the section's first read: a damaged section is never read, whether or not the open noticed it.
/// </summary>
public sealed class StoreOnReadVerificationTests
{
    private static string MakeStore(TempFolder dir)
    {
        IngestBatches(dir.Path, new BatchBuilder(2020, 1)
            .Report(1, 1, 20200110, ["DRUGA"], ["Nausea", "Headache"])
            .Report(2, 1, 20200111, ["DRUGB"], ["Nausea"])
            .Report(3, 1, 20200112, ["DRUGA", "DRUGB"], ["Rash"])
            .Build());
        return Path.Combine(dir.Path, "cases.causa");
    }

    // The byte range of a section, read from the file's directory (the layout of SectionFileLayout).
    private static (long Offset, long Length) SectionOf(byte[] file, uint id)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        var directory = BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(32));
        for (var i = 0; i < count; i++)
        {
            var entry = file.AsSpan((int)directory + (i * 32), 32);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) == id)
            {
                return (BinaryPrimitives.ReadInt64LittleEndian(entry[8..]), BinaryPrimitives.ReadInt64LittleEndian(entry[16..]));
            }
        }

        throw new InvalidOperationException($"no section {id}");
    }

    [Fact]
    public void A_damaged_section_fails_its_first_read_and_the_full_verification_but_not_an_open_that_does_not_read_it()
    {
        using var dir = new TempFolder();
        var path = MakeStore(dir);
        var bytes = File.ReadAllBytes(path);
        var (offset, length) = SectionOf(bytes, (uint)SectionId.EventTermIds);
        Assert.True(length > 0);
        bytes[offset] ^= 0x5A;
        File.WriteAllBytes(path, bytes);

        var full = CaseStore.Open(dir.Path);
        Assert.False(full.Succeeded);
        Assert.Equal(StoreErrorKind.Corrupt, full.Error.Kind);
        Assert.Contains($"section {(uint)SectionId.EventTermIds} checksum does not match", full.Error.Message, StringComparison.Ordinal);

        var onRead = CaseStore.Open(dir.Path, StoreVerification.OnRead);
        Assert.True(onRead.Succeeded, onRead.Error?.ToString());
        using var store = onRead.Store;
        Assert.Equal(3, store.CaseCount);
        Assert.Equal(["DRUGA", "DRUGB"], store.Ingredients);
        var error = Assert.Throws<InvalidStoreException>(() => store.EventsOfCase(0).ToArray());
        Assert.Equal(StoreErrorKind.Corrupt, error.Kind);
        Assert.Contains($"section {(uint)SectionId.EventTermIds} checksum does not match", error.Message, StringComparison.Ordinal);
        // Every later read of it fails too: the section is never taken as verified.
        Assert.Throws<InvalidStoreException>(() => store.EventsOfCase(1).ToArray());
    }

    [Fact]
    public void A_flipped_byte_the_full_verification_finds_is_found_by_an_open_for_reading_or_by_reading_everything()
    {
        using var dir = new TempFolder();
        var path = MakeStore(dir);
        var original = File.ReadAllBytes(path);
        var step = Math.Max(1, original.Length / 97);
        var foundOnRead = 0;
        for (var offset = 8; offset < original.Length; offset += step)
        {
            var damaged = (byte[])original.Clone();
            damaged[offset] ^= 0x5A;
            File.WriteAllBytes(path, damaged);
            var full = CaseStore.Open(dir.Path);
            full.Store?.Dispose();

            var onRead = CaseStore.Open(dir.Path, StoreVerification.OnRead);
            var readFails = !onRead.Succeeded;
            if (onRead.Succeeded)
            {
                using var store = onRead.Store;
                try
                {
                    ReadEverything(store);
                }
                catch (InvalidStoreException)
                {
                    readFails = true;
                    foundOnRead++;
                }
            }

            // Only the padding between sections is left to the full verification: no command reads it.
            Assert.True(readFails || PaddingOnly(original, offset), $"offset {offset}: damage read without an error");
            Assert.True(!readFails || !full.Succeeded, $"offset {offset}: an error the full verification does not give");
        }

        Assert.True(foundOnRead > 0, "no damage was left to the first read");
    }

    // 600 cases: each 4-byte case column spans three 1 KiB blocks (cases 0–255, 256–511, 512–599).
    private static string MakeLargerStore(TempFolder dir)
    {
        var batch = new BatchBuilder(2020, 1);
        for (var c = 1; c <= 600; c++)
        {
            batch.Report(c, 1, 20200110 + (c % 20), [c % 2 == 0 ? "DRUGA" : "DRUGB"], c % 3 == 0 ? ["Nausea", "Rash"] : ["Nausea"]);
        }

        IngestBatches(dir.Path, batch.Build());
        return Path.Combine(dir.Path, "cases.causa");
    }

    private static CaseStore OpenOnRead(string directory)
    {
        var opened = CaseStore.Open(directory, StoreVerification.OnRead);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        return opened.Store;
    }

    private static CaseFacts FactsOf(CaseStore store, int caseIndex)
    {
        var facts = new CaseFacts[1];
        store.GetFacts([caseIndex], facts);
        return facts[0];
    }

    [Fact]
    public void A_store_is_written_with_block_checksums_so_a_read_verifies_the_blocks_it_reads()
    {
        using var dir = new TempFolder();
        var path = MakeLargerStore(dir);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(10))); // minor version 2: 256-byte block checksums
        var (offset, length) = SectionOf(bytes, (uint)SectionId.AgeYears);
        Assert.Equal(600 * sizeof(float), length);
        bytes[offset + (300 * sizeof(float))] ^= 0x5A; // case 300, in the fifth block (cases 256-319)
        File.WriteAllBytes(path, bytes);

        var full = CaseStore.Open(dir.Path);
        Assert.False(full.Succeeded);
        Assert.Equal(StoreErrorKind.Corrupt, full.Error.Kind);

        var onRead = CaseStore.Open(dir.Path, StoreVerification.OnRead);
        Assert.True(onRead.Succeeded, onRead.Error?.ToString());
        using var store = onRead.Store;
        Assert.Equal(50, FactsOf(store, 10).AgeYears);
        Assert.Equal(50, FactsOf(store, 590).AgeYears);
        var error = Assert.Throws<InvalidStoreException>(() => FactsOf(store, 300));
        Assert.Equal(StoreErrorKind.Corrupt, error.Kind);
        Assert.Contains($"section {(uint)SectionId.AgeYears} checksum does not match", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidStoreException>(() => FactsOf(store, 256));
        Assert.Throws<InvalidStoreException>(() => store.GetFacts([5, 319], new CaseFacts[2]));
        Assert.Equal(50, FactsOf(store, 255).AgeYears);
        Assert.Equal(50, FactsOf(store, 320).AgeYears);
    }

    [Fact]
    public void A_read_of_some_facts_gives_what_the_whole_read_gives_and_does_not_touch_the_other_columns()
    {
        using var dir = new TempFolder();
        var path = MakeLargerStore(dir);
        var all = Enumerable.Range(0, 600).ToArray();
        var whole = new CaseFacts[all.Length];
        using (var store = OpenOnRead(dir.Path))
        {
            store.GetFacts(all, whole);
            foreach (var column in Enum.GetValues<CaseFactColumns>())
            {
                var some = new CaseFacts[all.Length];
                store.GetFacts(all, some, column);
                for (var i = 0; i < all.Length; i++)
                {
                    Assert.Equal(Only(whole[i], column), some[i]);
                }
            }
        }

        var bytes = File.ReadAllBytes(path);
        var (offset, _) = SectionOf(bytes, (uint)SectionId.AgeYears);
        bytes[offset + (300 * sizeof(float))] ^= 0x5A; // case 300's age
        File.WriteAllBytes(path, bytes);

        using var damaged = OpenOnRead(dir.Path);
        var facts = new CaseFacts[1];
        damaged.GetFacts([300], facts, CaseFactColumns.All & ~CaseFactColumns.AgeYears);
        Assert.Equal(Only(whole[300], CaseFactColumns.All & ~CaseFactColumns.AgeYears), facts[0]);
        Assert.Throws<InvalidStoreException>(() => damaged.GetFacts([300], facts, CaseFactColumns.AgeYears));
    }

    // What a read of some columns gives: the others at their defaults, as ICaseDetails documents them.
    private static CaseFacts Only(CaseFacts f, CaseFactColumns columns) => new(
        (columns & CaseFactColumns.Sex) != 0 ? f.Sex : default,
        (columns & CaseFactColumns.AgeYears) != 0 ? f.AgeYears : float.NaN,
        (columns & CaseFactColumns.AgeGroup) != 0 ? f.AgeGroup : default,
        (columns & CaseFactColumns.InitialFdaDate) != 0 ? f.InitialFdaDate : PartialDate.None,
        (columns & CaseFactColumns.EventDate) != 0 ? f.EventDate : PartialDate.None,
        (columns & CaseFactColumns.Reporter) != 0 ? f.Reporter : default,
        (columns & CaseFactColumns.Outcomes) != 0 ? f.Outcomes : default,
        (columns & CaseFactColumns.OccurrenceCountry) != 0 ? f.OccurrenceCountry : null,
        (columns & CaseFactColumns.Fields) != 0 ? f.Fields : default);

    [Fact]
    public void A_store_without_block_checksums_as_an_earlier_Causa_wrote_it_gives_the_same_answers_and_is_verified_a_section_at_a_time()
    {
        using var dir = new TempFolder();
        using var olderDir = new TempFolder();
        MakeLargerStore(dir);
        using (var store = Open(dir.Path))
        {
            var data = store.ToData();
            StoreIndexBuilder.Build(data);
            StoreFileWriter.WriteAtomically(CaseStore.PathIn(olderDir.Path), data, blockChecksums: false);
        }

        var olderBytes = File.ReadAllBytes(CaseStore.PathIn(olderDir.Path));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(olderBytes.AsSpan(10)));
        Assert.True(File.ReadAllBytes(CaseStore.PathIn(dir.Path)).Length > olderBytes.Length);

        using (var newer = OpenOnRead(dir.Path))
        using (var older = OpenOnRead(olderDir.Path))
        {
            var all = Enumerable.Range(0, newer.CaseCount).ToArray();
            var (newerFacts, olderFacts) = (new CaseFacts[all.Length], new CaseFacts[all.Length]);
            newer.GetFacts(all, newerFacts);
            older.GetFacts(all, olderFacts);
            Assert.Equal(newerFacts, olderFacts);
            for (var t = 0; t < newer.Terms.Count; t++)
            {
                Assert.Equal(newer.CasesWithTerm(t).ToArray(), older.CasesWithTerm(t).ToArray());
                Assert.Equal(newer.PairCaseCount(0, t, RoleFilter.Suspect), older.PairCaseCount(0, t, RoleFilter.Suspect));
            }

            Assert.Equivalent(newer.FindCase(300), older.FindCase(300), strict: true);
        }

        var (offset, _) = SectionOf(olderBytes, (uint)SectionId.AgeYears);
        olderBytes[offset + (300 * sizeof(float))] ^= 0x5A;
        File.WriteAllBytes(CaseStore.PathIn(olderDir.Path), olderBytes);
        using var damaged = OpenOnRead(olderDir.Path);
        // Without block checksums the whole section is verified on its first read: a case far from the damage fails too.
        Assert.Throws<InvalidStoreException>(() => FactsOf(damaged, 10));
    }

    // Every section a command can read: the whole content (as a merge copies it) and the inverted indexes.
    private static void ReadEverything(CaseStore store)
    {
        _ = store.ToData();
        foreach (var file in store.Segments)
        {
            // What an update reads of each file for the learned names: DRUG rows per entry and the kept cleaned forms.
            _ = FileLearnedPairs.Of(file);
        }

        for (var i = 0; i < store.Ingredients.Count; i++)
        {
            _ = store.CasesWithIngredient(i, RoleFilter.All).Length + store.CasesWithIngredient(i, RoleFilter.Suspect).Length;
            for (var t = 0; t < store.Terms.Count; t++)
            {
                _ = store.IndicationCaseCount(i, t);
            }
        }

        for (var t = 0; t < store.Terms.Count; t++)
        {
            _ = store.CasesWithTerm(t).Length;
        }
    }

    // True when the byte lies outside the header's checked fields, the directory and every section.
    private static bool PaddingOnly(byte[] file, int offset)
    {
        if (offset < 64)
        {
            return offset >= 44;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        var directory = BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(32));
        if (offset >= directory && offset < directory + (count * 32))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var entry = file.AsSpan((int)directory + (i * 32), 32);
            var start = BinaryPrimitives.ReadInt64LittleEndian(entry[8..]);
            var length = BinaryPrimitives.ReadInt64LittleEndian(entry[16..]);
            if (offset >= start && offset < start + length)
            {
                return false;
            }
        }

        return true;
    }
}
