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
/// <para>Format: a section file (<see cref="SectionFileLayout"/>, CRC-32C per section, all verified on load) with
/// signature "CAUSANAM", major version 1: section 1 the key (four 64-bit integers), section 2 the merged vocabulary as
/// <see cref="ImportedVocabulary.Save"/> writes it. Written atomically (<see cref="AtomicFile"/>).</para>
/// </remarks>
public static class DrugNameIndexFile
{
    /// <summary>The file's name in the store folder.</summary>
    public const string FileName = "names.causaidx";

    private const ushort MajorVersion = 1;
    private const uint KeySection = 1;
    private const uint VocabularySection = 2;

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
    public static void Write(string directory, Key key, ImportedVocabulary merged)
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
        });
    }

    /// <summary>True when the folder holds an index built from exactly the files of <paramref name="key"/>.</summary>
    public static bool IsCurrent(string directory, Key key) => TryOpen(directory, key, readVocabulary: false, out _);

    /// <summary>The merged vocabulary of the index, when the index was built from exactly the files of <paramref name="key"/>.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="key">The key of the files the caller opened (<see cref="KeyOf"/>).</param>
    /// <returns>The merged vocabulary; null when there is no index, or it is of another version, stale or damaged (the
    /// caller then merges the names itself).</returns>
    public static ImportedVocabulary? TryLoad(string directory, Key key) =>
        TryOpen(directory, key, readVocabulary: true, out var merged) ? merged : null;

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
            using var file = MappedSectionFile.Open(path, Signature, MajorVersion, "name index");
            var stored = file.Get<long>(KeySection);
            if (stored.Length != 4)
            {
                problem = "the name index key is damaged";
                return DrugNameIndexState.Damaged;
            }

            using (var payload = new MemoryStream(file.Get<byte>(VocabularySection).ToArray(), writable: false))
            {
                _ = ImportedVocabulary.Load(payload);
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

    private static bool TryOpen(string directory, Key key, bool readVocabulary, out ImportedVocabulary? merged)
    {
        ArgumentNullException.ThrowIfNull(directory);
        merged = null;
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var file = MappedSectionFile.Open(path, Signature, MajorVersion, "name index");
            var stored = file.Get<long>(KeySection);
            if (stored.Length != 4 || unchecked((ulong)stored[0]) != key.StoreFingerprint || stored[1] != key.StoreSize ||
                unchecked((ulong)stored[2]) != key.VocabularyFingerprint || stored[3] != key.VocabularySize)
            {
                return false;
            }

            if (readVocabulary)
            {
                using var payload = new MemoryStream(file.Get<byte>(VocabularySection).ToArray(), writable: false);
                merged = ImportedVocabulary.Load(payload);
            }

            return true;
        }
        catch (Exception e) when (e is InvalidStoreException or InvalidVocabularyDataException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable cache is not used; the names are merged in memory instead.
            return false;
        }
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

    /// <summary>What an index is built from.</summary>
    /// <param name="StoreFingerprint">The store file's content fingerprint.</param>
    /// <param name="StoreSize">The store file's size in bytes.</param>
    /// <param name="VocabularyFingerprint">The vocabulary file's header checksums; 0 without a vocabulary file.</param>
    /// <param name="VocabularySize">The vocabulary file's size in bytes; 0 without a vocabulary file.</param>
    public readonly record struct Key(ulong StoreFingerprint, long StoreSize, ulong VocabularyFingerprint, long VocabularySize);
}
