using System.Buffers.Binary;
using Causa.Core.Files;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>
/// The store folder's drug-name index (<see cref="FileName"/>): the names a query's <see cref="DrugResolver"/> is built
/// from — the folder's vocabulary merged with the name pairs learned from the store (<see cref="DrugResolver.Merge"/>) —
/// written when the store or the vocabulary is written, so a query reads them instead of learning them again from every
/// drug entry of the store.
/// </summary>
/// <remarks>
/// <para>The file is a cache keyed by what it was built from: the store file's content fingerprint and size, and the
/// vocabulary file's header checksums and size (<see cref="Key"/>). A query uses it only when the key matches the files it
/// opened; a missing, older, stale or damaged index is ignored and the names are merged in memory, as without it, so the
/// answers never depend on whether it is there.</para>
/// <para>Format: a section file (<see cref="SectionFileLayout"/>, CRC-32C per section) with signature "CAUSANAM", major
/// version 1: section 1 the key (four 64-bit integers), section 2 the merged vocabulary as
/// <see cref="ImportedVocabulary.Save"/> writes it. Written atomically (<see cref="AtomicFile"/>).</para>
/// <para>Since tables version 1, also the exact lookup tables a query reads in place instead of building them: section 3
/// the build stamp (three 64-bit integers: the tables version and the first 16 bytes of the source stamp of the Causa.Core
/// that wrote them, <see cref="CoreSourceStamp"/>: a hash of its sources, the same for its JIT and Native AOT builds),
/// sections 10–15 the drug names (<see cref="DrugNameTable"/>) and 20–26 the exact wordings of the term resolver
/// over the vocabulary and the store's terms (<see cref="TermExactTable"/>). The tables hold what code derives from the
/// key's files (the curated synonyms, the lay-term lexicon, the text normalisation), so they are read only when the build
/// stamp is the reader's own; otherwise, and for a file written before them, the query builds them in memory from section
/// 2 as before. Readers of earlier builds ignore the added sections.</para>
/// <para>Since minor version 1 (<see cref="SectionFileLayout.BlockChecksumsMinorVersion"/>) the file also holds block
/// checksums: a query maps it and verifies only the blocks it reads (the key, the stamp, the few table rows a lookup
/// probes; the merged vocabulary when first needed), so opening it costs the same at any size. A file without them is
/// verified a section at a time on first read. A damaged block or reference a lookup reads is never used: the lookup is
/// answered as without the tables (the drug names from the merged vocabulary, the event wordings by the resolver over the
/// store's terms), and a damaged merged vocabulary ends the query with an error naming this file
/// (<see cref="InvalidStoreException.FileName"/>); <c>vocab apply</c> rewrites it.</para>
/// </remarks>
public static class DrugNameIndexFile
{
    /// <summary>The file's name in the store folder.</summary>
    public const string FileName = "names.causaidx";

    private const ushort MajorVersion = 1;
    private const uint KeySection = 1;
    private const uint VocabularySection = 2;
    private const uint StampSection = 3;

    // Bumped when the layout or meaning of the lookup tables changes; a file with another version is read as one without.
    private const long TablesVersion = 1;

    private static ReadOnlySpan<byte> Signature => "CAUSANAM"u8;

    /// <summary>The key of the files in <paramref name="directory"/>: what an index built now would be built from.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="storeFingerprint">The opened store's content fingerprint.</param>
    /// <param name="storeSize">The opened store file's size in bytes.</param>
    /// <returns>The key; the vocabulary part is zero when the folder has no vocabulary file.</returns>
    public static Key KeyOf(string directory, ulong storeFingerprint, long storeSize)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var (vocabularyFingerprint, vocabularySize) = VocabularyStamp(Path.Combine(directory, VocabularyFile.FileName));
        return new Key(storeFingerprint, storeSize, vocabularyFingerprint, vocabularySize);
    }

    /// <summary>Writes the index atomically.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="key">What <paramref name="merged"/> was built from (<see cref="KeyOf"/>, taken before the vocabulary was read).</param>
    /// <param name="merged">The folder's vocabulary merged with the store's learned name pairs (<see cref="DrugResolver.Merge"/>).</param>
    /// <param name="terms">The term resolver over the folder's vocabulary and the store's terms, whose exact wordings are
    /// written for queries to read in place; null to write none.</param>
    public static void Write(string directory, Key key, ImportedVocabulary merged, TermResolver? terms = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(merged);
        using var payload = new MemoryStream();
        merged.Save(payload);
        var vocabulary = payload.ToArray();
        long[] keyValues = [unchecked((long)key.StoreFingerprint), key.StoreSize, unchecked((long)key.VocabularyFingerprint), key.VocabularySize];
        SectionFileWriter.WriteAtomically(Path.Combine(directory, FileName), Signature, MajorVersion, w =>
        {
            w.Array(KeySection, keyValues);
            w.Array(VocabularySection, vocabulary);
            w.Array(StampSection, OwnBuildStamp);

            // A resolver over a merged vocabulary without brands merges it again (DrugResolver's constructor): its tables
            // would not be these, so none are written (never the case in practice: the curated synonyms are brands).
            if (merged.Brands.Count > 0)
            {
                _ = DrugNameTable.Write(w, FrozenDrugNames.From(merged));
            }

            if (terms is not null)
            {
                _ = TermExactTable.Write(w, terms);
            }
        }, blockChecksums: true);
    }

    /// <summary>True when the folder holds an index built from exactly the files of <paramref name="key"/>, with the
    /// lookup tables of this build.</summary>
    public static bool IsCurrent(string directory, Key key)
    {
        return TryOpen(directory, key) is { HasTables: true };
    }

    /// <summary>
    /// The index, when it was built from exactly the files of <paramref name="key"/>: the merged vocabulary (decoded on
    /// first use) and, when this build wrote them, the lookup tables read in place.
    /// </summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="key">The key of the files the caller opened (<see cref="KeyOf"/>).</param>
    /// <returns>The contents (the key and the build stamp verified; the rest verified as it is read); null when there is
    /// no index, or it is of another version, stale, or damaged in what is read to open it (the caller then merges the
    /// names itself).</returns>
    public static Contents? TryOpen(string directory, Key key)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var file = new MappedFileLease(MappedSectionFile.Open(path, Signature, MajorVersion, "name index", verifySections: false), FileName);
            if (!KeyMatches(file, key))
            {
                return null;
            }

            var merged = new Lazy<ImportedVocabulary>(() => Decode(file.Copy<byte>(VocabularySection)), LazyThreadSafetyMode.ExecutionAndPublication);
            if (!file.Copy<long>(StampSection).SequenceEqual(OwnBuildStamp))
            {
                return new Contents(merged, null, null);
            }

            var drugs = DrugNameTable.Read(file, () => FrozenDrugNames.From(merged.Value));
            var terms = TermExactTable.Read(file);
            return new Contents(merged, drugs, terms);
        }
        catch (Exception e) when (e is InvalidStoreException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable cache is not used; the names are merged in memory instead.
            return null;
        }
    }

    /// <summary>The merged vocabulary of the index, when the index was built from exactly the files of <paramref name="key"/>.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="key">The key of the files the caller opened (<see cref="KeyOf"/>).</param>
    /// <returns>The merged vocabulary; null when there is no index, or it is of another version, stale or damaged (the
    /// caller then merges the names itself).</returns>
    public static ImportedVocabulary? TryLoad(string directory, Key key)
    {
        try
        {
            return TryOpen(directory, key)?.Merged.Value;
        }
        catch (InvalidStoreException)
        {
            return null;
        }
    }

    /// <summary>
    /// Verifies the whole index, as a <c>causa verify</c> does: every checksum, the key, and the merged names inside
    /// (decoded as a query would read them).
    /// </summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="key">The key of the files now in the folder (<see cref="KeyOf"/>).</param>
    /// <param name="problem">Why the index is <see cref="DrugNameIndexState.Stale"/> or <see cref="DrugNameIndexState.Damaged"/>; null otherwise.</param>
    /// <returns>What the check found. A damaged index never affects an answer (queries ignore it), but it is a damaged
    /// file in the folder all the same.</returns>
    public static DrugNameIndexState Verify(string directory, Key key, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(directory);
        problem = null;
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return DrugNameIndexState.Missing;
        }

        try
        {
            var file = new MappedFileLease(MappedSectionFile.Open(path, Signature, MajorVersion, "name index"), FileName);
            var stored = file.Copy<long>(KeySection);
            if (stored.Length != 4)
            {
                problem = "the name index key is damaged";
                return DrugNameIndexState.Damaged;
            }

            using (var payload = new MemoryStream(file.Copy<byte>(VocabularySection), writable: false))
            {
                _ = ImportedVocabulary.Load(payload);
            }

            var stamp = file.Copy<long>(StampSection);
            var ownTables = stamp.SequenceEqual(OwnBuildStamp);
            if (ownTables)
            {
                DrugNameTable.Read(file, static () => throw new InvalidOperationException("not built by a check"))?.CheckAll();
                TermExactTable.Read(file)?.CheckAll();
            }

            if (unchecked((ulong)stored[0]) != key.StoreFingerprint || stored[1] != key.StoreSize)
            {
                problem = "built from an earlier store file";
                return DrugNameIndexState.Stale;
            }

            if (unchecked((ulong)stored[2]) != key.VocabularyFingerprint || stored[3] != key.VocabularySize)
            {
                problem = "built from another vocabulary file";
                return DrugNameIndexState.Stale;
            }

            // Sound and of these files, but a query reads its tables only when they are its own build's (after an upgrade of
            // Causa they are not): every query then builds them in memory, which costs an AOT `ask` three times its time.
            if (!ownTables)
            {
                problem = stamp.Length == 0 ? "written without lookup tables, by an earlier build of Causa" : "its lookup tables were written by another build of Causa";
                return DrugNameIndexState.Stale;
            }

            return DrugNameIndexState.Current;
        }
        catch (InvalidStoreException e) when (e.Kind == StoreErrorKind.UnsupportedVersion)
        {
            problem = "written in another format version";
            return DrugNameIndexState.Stale;
        }
        catch (Exception e) when (e is InvalidStoreException or InvalidVocabularyDataException or IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return DrugNameIndexState.Damaged;
        }
    }

    private static bool KeyMatches(MappedFileLease file, Key key)
    {
        var stored = file.Copy<long>(KeySection);
        return stored.Length == 4 && unchecked((ulong)stored[0]) == key.StoreFingerprint && stored[1] == key.StoreSize &&
            unchecked((ulong)stored[2]) == key.VocabularyFingerprint && stored[3] == key.VocabularySize;
    }

    // The merged vocabulary of an index, its checksum verified as it was copied out: a failure here is a defect of the
    // writer, reported as a damaged index.
    private static ImportedVocabulary Decode(byte[] bytes)
    {
        try
        {
            using var payload = new MemoryStream(bytes, writable: false);
            return ImportedVocabulary.Load(payload);
        }
        catch (InvalidVocabularyDataException e)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the name index holds a damaged vocabulary: {e.Message}") { FileName = FileName };
        }
    }

    // What the lookup tables depend on besides the key's files: their layout and the code that derives them (the source
    // stamp changes with any change to Causa.Core's sources or resources, and is the same for the JIT and the Native AOT
    // build of them, so either reads the tables the other wrote). Decoded once; never modified.
    private static readonly long[] OwnBuildStamp = BuildStamp();

    private static long[] BuildStamp()
    {
        var id = Convert.FromHexString(CoreSourceStamp.Value);
        return [TablesVersion, BinaryPrimitives.ReadInt64LittleEndian(id), BinaryPrimitives.ReadInt64LittleEndian(id.AsSpan(8))];
    }

    // The vocabulary file's header checksums (of its directory, which holds every section's checksum, and of the header)
    // and its size: they change whenever its content does, and are read without reading the file.
    private static (ulong Fingerprint, long Size) VocabularyStamp(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> header = stackalloc byte[32];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            return (read == header.Length ? BinaryPrimitives.ReadUInt64LittleEndian(header[24..]) : 0, stream.Length);
        }
        catch (FileNotFoundException)
        {
            return (0, 0);
        }
        catch (DirectoryNotFoundException)
        {
            return (0, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: a stamp no index has, so none is used (the vocabulary's own load reports the problem).
            return (ulong.MaxValue, -1);
        }
    }

    /// <summary>What a query reads of a current index (<see cref="TryOpen"/>).</summary>
    public sealed class Contents
    {
        private readonly DrugNameTable? _drugs;
        private readonly TermExactTable? _terms;

        internal Contents(Lazy<ImportedVocabulary> merged, DrugNameTable? drugs, TermExactTable? terms)
        {
            Merged = merged;
            _drugs = drugs;
            _terms = terms;
        }

        /// <summary>The merged vocabulary (<see cref="DrugResolver.Merge"/>), decoded on first use.</summary>
        public Lazy<ImportedVocabulary> Merged { get; }

        /// <summary>True when the index holds this build's drug and term lookup tables.</summary>
        public bool HasTables => _drugs is not null && _terms is not null;

        /// <summary>The drug resolver over the index: on its drug table read in place when it has one (the merged
        /// vocabulary is then decoded only for misspellings, suggestions and completion), else over the merged vocabulary.
        /// Either answers exactly as <c>new DrugResolver(vocabulary, learnedPairs)</c> over the files of the key.</summary>
        public DrugResolver CreateDrugResolver() => _drugs is not null ? new DrugResolver(_drugs, Merged) : new DrugResolver(Merged.Value);

        /// <summary>The term resolver over the folder's vocabulary and the store's terms: on the index's exact wordings read
        /// in place when it has them, with <paramref name="full"/> for anything else; null when it has none.</summary>
        /// <param name="full">Builds the resolver over the same vocabulary and terms (called on first need).</param>
        public TermResolver? CreateTermResolver(Func<TermResolver> full) => _terms is not null ? new TermResolver(_terms, full) : null;
    }

    /// <summary>What an index is built from.</summary>
    /// <param name="StoreFingerprint">The store file's content fingerprint.</param>
    /// <param name="StoreSize">The store file's size in bytes.</param>
    /// <param name="VocabularyFingerprint">The vocabulary file's header checksums; 0 without a vocabulary file.</param>
    /// <param name="VocabularySize">The vocabulary file's size in bytes; 0 without a vocabulary file.</param>
    public readonly record struct Key(ulong StoreFingerprint, long StoreSize, ulong VocabularyFingerprint, long VocabularySize);
}
