using System.Buffers.Binary;
using System.Text;
using Causa.Core.Files;
using Causa.Core.Storage;

namespace Causa.Core.Vocabulary;

/// <summary>
/// Everything Causa knows about names beyond its bundled lexicon: canonical ingredients, brand and synonym names,
/// pharmacologic classes and imported event wordings, merged from the imported sources with explicit precedence.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Build one with <see cref="VocabularyBuilder"/>.</para>
/// <para>Binary format: a section file (<see cref="SectionFileLayout"/>, CRC-32C per section) with signature "CAUSAVOC" and
/// major version 2, holding one byte section, the payload, written with <see cref="BinaryWriter"/> (length-prefixed UTF-8
/// strings); ingredients are stored once and referenced by index. Version 1 (a hand-made header with SHA-256) is refused with
/// its own message: re-import the vocabulary.</para>
/// </remarks>
public sealed class ImportedVocabulary
{
    /// <summary>Current binary format version written by <see cref="Save"/>.</summary>
    public const ushort FormatVersion = 2;

    private const uint PayloadSection = 1;
    private static readonly byte[] Magic = "CAUSAVOC"u8.ToArray();

    internal ImportedVocabulary(
        IReadOnlyList<string> ingredients,
        IReadOnlyList<VocabularyBrand> brands,
        IReadOnlyList<DrugClass> classes,
        IReadOnlyList<EventSynonym> eventSynonyms,
        IReadOnlyList<VocabularySourceInfo> sources)
    {
        Ingredients = ingredients;
        Brands = brands;
        Classes = classes;
        EventSynonyms = eventSynonyms;
        Sources = sources;
    }

    /// <summary>An empty vocabulary (no imports): resolvers then rely on the bundled lexicon and FAERS's own coding.</summary>
    public static ImportedVocabulary Empty { get; } = new([], [], [], [], []);

    /// <summary>Canonical ingredient names, upper case, sorted ordinally, distinct.</summary>
    public IReadOnlyList<string> Ingredients { get; }

    /// <summary>Brand and synonym names, sorted by name, one entry per name (conflicts already decided by precedence).</summary>
    public IReadOnlyList<VocabularyBrand> Brands { get; }

    /// <summary>Pharmacologic classes, sorted by type then name.</summary>
    public IReadOnlyList<DrugClass> Classes { get; }

    /// <summary>Imported event wordings → MedDRA PT, sorted by phrase.</summary>
    public IReadOnlyList<EventSynonym> EventSynonyms { get; }

    /// <summary>The imports this vocabulary was built from, in import order.</summary>
    public IReadOnlyList<VocabularySourceInfo> Sources { get; }

    /// <summary>Writes the vocabulary in the binary format described on the type.</summary>
    /// <param name="stream">A writable stream; left open.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var payload = WritePayload();
        stream.Write(SectionFileWriter.ToBytes(Magic, FormatVersion, w => w.Array(PayloadSection, payload)));
        stream.Flush();
    }

    /// <summary>Reads a vocabulary written by <see cref="Save"/>.</summary>
    /// <param name="stream">A readable stream positioned at the vocabulary; read to the end of the vocabulary only.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="InvalidVocabularyDataException">When the data is not a vocabulary, has an unsupported version,
    /// is truncated, fails its checksum or holds an inconsistent payload.</exception>
    public static ImportedVocabulary Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[SectionFileLayout.HeaderSize];
        var read = ReadFully(stream, header);
        if (read < Magic.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidVocabularyDataException("Not a Causa vocabulary file (missing CAUSAVOC header).");
        }

        if (read >= 10 && BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8)) is var version && version != FormatVersion)
        {
            throw new InvalidVocabularyDataException($"Unsupported vocabulary format version {version} (this Causa reads version {FormatVersion}); re-import the vocabulary.");
        }

        // The header gives the file length; read exactly that much (a shorter stream is a truncated file).
        var declared = read >= 24 ? BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16)) : read;
        var bytes = header.AsSpan(0, read).ToArray();
        if (read == header.Length && declared > header.Length && declared <= 1L << 31)
        {
            // Read in chunks: a damaged length field must not make us allocate what it claims.
            using var file = new MemoryStream();
            file.Write(header);
            var chunk = new byte[1 << 16];
            while (file.Length < declared)
            {
                var n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, declared - file.Length));
                if (n == 0)
                {
                    break;
                }

                file.Write(chunk, 0, n);
            }

            bytes = file.ToArray();
        }

        byte[] payload;
        try
        {
            using var file = MappedSectionFile.FromBytes(bytes, "vocabulary", Magic, FormatVersion, "vocabulary");
            payload = file.Get<byte>(PayloadSection).ToArray();
        }
        catch (InvalidStoreException e)
        {
            throw new InvalidVocabularyDataException(e.Kind switch
            {
                StoreErrorKind.Truncated => "Vocabulary file truncated: " + e.Message + ".",
                StoreErrorKind.NotAStore => "Not a Causa vocabulary file: " + e.Message + ".",
                _ => "Vocabulary file is corrupt: checksum mismatch or damage (" + e.Message + ").",
            }, e);
        }

        try
        {
            return ReadPayload(payload);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or DecoderFallbackException or FormatException)
        {
            throw new InvalidVocabularyDataException("Vocabulary payload is inconsistent: " + e.Message, e);
        }
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private byte[] WritePayload()
    {
        using var memory = new MemoryStream();
        using (var w = new BinaryWriter(memory, new UTF8Encoding(false, true), leaveOpen: true))
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            w.Write7BitEncodedInt(Ingredients.Count);
            for (var i = 0; i < Ingredients.Count; i++)
            {
                index[Ingredients[i]] = i;
                w.Write(Ingredients[i]);
            }

            void WriteRefs(IReadOnlyList<string> names)
            {
                w.Write7BitEncodedInt(names.Count);
                foreach (var n in names)
                {
                    w.Write7BitEncodedInt(index[n]);
                }
            }

            w.Write7BitEncodedInt(Brands.Count);
            foreach (var b in Brands)
            {
                w.Write(b.Name);
                w.Write((byte)b.Source);
                w.Write(b.IsSynonym);
                WriteRefs(b.Ingredients);
            }

            w.Write7BitEncodedInt(Classes.Count);
            foreach (var c in Classes)
            {
                w.Write(c.Name);
                w.Write(c.Type);
                WriteRefs(c.Ingredients);
            }

            w.Write7BitEncodedInt(EventSynonyms.Count);
            foreach (var e in EventSynonyms)
            {
                w.Write(e.Phrase);
                w.Write(e.PreferredTerm);
                w.Write((byte)e.Source);
            }

            w.Write7BitEncodedInt(Sources.Count);
            foreach (var s in Sources)
            {
                w.Write((byte)s.Source);
                w.Write(s.FileName);
                w.Write(s.Rows);
                w.Write(s.Rejected);
            }
        }

        return memory.ToArray();
    }

    private static ImportedVocabulary ReadPayload(byte[] payload)
    {
        using var r = new BinaryReader(new MemoryStream(payload), new UTF8Encoding(false, true));
        int Count()
        {
            var n = r.Read7BitEncodedInt();
            if (n < 0 || n > payload.Length)
            {
                throw new FormatException($"count {n} out of range");
            }

            return n;
        }

        VocabularySource Source()
        {
            var b = r.ReadByte();
            return b <= (byte)VocabularySource.ChEmbl ? (VocabularySource)b : throw new FormatException($"unknown source code {b}");
        }

        var ingredients = new string[Count()];
        for (var i = 0; i < ingredients.Length; i++)
        {
            ingredients[i] = r.ReadString();
        }

        string[] Refs()
        {
            var refs = new string[Count()];
            for (var i = 0; i < refs.Length; i++)
            {
                var k = r.Read7BitEncodedInt();
                refs[i] = k >= 0 && k < ingredients.Length ? ingredients[k] : throw new FormatException($"ingredient index {k} out of range");
            }

            return refs;
        }

        var brands = new VocabularyBrand[Count()];
        for (var i = 0; i < brands.Length; i++)
        {
            var name = r.ReadString();
            var source = Source();
            var synonym = r.ReadBoolean();
            brands[i] = new VocabularyBrand(name, Refs(), source, synonym);
        }

        var classes = new DrugClass[Count()];
        for (var i = 0; i < classes.Length; i++)
        {
            var name = r.ReadString();
            var type = r.ReadString();
            classes[i] = new DrugClass(name, type, Refs());
        }

        var events = new EventSynonym[Count()];
        for (var i = 0; i < events.Length; i++)
        {
            var phrase = r.ReadString();
            var pt = r.ReadString();
            events[i] = new EventSynonym(phrase, pt, Source());
        }

        var sources = new VocabularySourceInfo[Count()];
        for (var i = 0; i < sources.Length; i++)
        {
            var source = Source();
            sources[i] = new VocabularySourceInfo(source, r.ReadString(), r.ReadInt64(), r.ReadInt64());
        }

        if (r.BaseStream.Position != payload.Length)
        {
            throw new FormatException($"{payload.Length - r.BaseStream.Position} unexpected bytes after the last section");
        }

        return new ImportedVocabulary(ingredients, brands, classes, events, sources);
    }
}
