using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Causa.Core.Files;
using Causa.Core.Storage;

namespace Causa.Core.Sources;

/// <summary>
/// Keeps the imported evidence sources of a store folder in one file, <c>evidence.causasrc</c>: a section file
/// (<see cref="SectionFileLayout"/>, CRC-32C per section) with signature <c>CAUSASRC</c> and major version 3, holding the
/// payload (a byte section) and indexes over it written once here (<see cref="EvidenceIndexLayout"/>), so that reading the
/// file decodes only the entries a question needs (<see cref="StoredEvidence"/>). Written atomically
/// (<see cref="AtomicFile"/>), so a crash leaves the old or the new file, never a torn one.
/// </summary>
/// <remarks>
/// <para>Since minor version 1 (<see cref="SectionFileLayout.BlockChecksumsMinorVersion"/>) the file also holds block
/// checksums: a folder's file is memory-mapped and verified a block at a time as a question reads it, so loading it costs
/// the same at any size and a damaged block is found when it is read (<see cref="StoredEvidence"/>). A file of minor
/// version 0 is read the same way, each section verified whole on its first read; readers of earlier builds read minor
/// version 1 as they read 0.</para>
/// <para>Version 2 (the same payload without indexes) is still read, decoded as a whole. The writers of a store folder
/// rewrite a version 2 file, or a version 3 one without block checksums, in the current form
/// (<see cref="UpgradeIfOlder"/>). Version 1 (a hand-made header with SHA-256) is refused with its own message: re-add the
/// sources.</para>
/// <para>Truncation, a flipped byte, a foreign file or another version each give a specific error, never an exception.</para>
/// </remarks>
public static class EvidenceSourceFile
{
    /// <summary>File name inside a store folder.</summary>
    public const string FileName = "evidence.causasrc";

    /// <summary>Format version written: the payload of version 2 and its indexes (<see cref="EvidenceIndexLayout"/>).</summary>
    public const ushort FormatVersion = 3;

    /// <summary>The older format version still read: the payload alone, decoded and indexed as a whole when read.</summary>
    public const ushort UnindexedVersion = 2;

    private const uint PayloadSection = 1;
    private static readonly byte[] Magic = "CAUSASRC"u8.ToArray();

    /// <summary>Reads the folder's sources: a file of the current version is mapped, its structure and the sources'
    /// descriptions verified now and the rest as it is read (a damaged part found later throws
    /// <see cref="InvalidStoreException"/> with <see cref="InvalidStoreException.FileName"/> set); an older one is read and
    /// verified whole.</summary>
    /// <param name="directory">Store folder.</param>
    /// <param name="sources">The sources; empty when the folder has no file.</param>
    /// <param name="error">Null on success; otherwise the file and what is wrong with it.</param>
    /// <param name="remedy">What the user can do about <paramref name="error"/> (<see cref="Remedy.ReaddSources"/> for a
    /// file in another format version); <see cref="Remedy.None"/> on success.</param>
    /// <returns>True unless the file exists and cannot be read.</returns>
    public static bool TryLoad(string directory, out IReadOnlyList<ImportedSource> sources, [NotNullWhen(false)] out string? error, out Remedy remedy)
    {
        ArgumentNullException.ThrowIfNull(directory);
        sources = [];
        error = null;
        remedy = Remedy.None;
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return true;
        }

        try
        {
            // The current version is mapped, not read: its sources read (and verify) only the blocks a question needs.
            sources = StoredEvidence.Open(new MappedFileLease(MappedSectionFile.Open(path, Magic, FormatVersion, "evidence-source", verifySections: false), FileName));
            return true;
        }
        catch (Exception e) when (e is InvalidStoreException or EndOfStreamException or ArgumentException)
        {
            // Version 2, another version or a damaged file: read whole below, which reads the one and names what is wrong
            // with the others in the words it always has.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read ({e.Message})";
            return false;
        }

        return TryLoadVerified(directory, out sources, out error, out remedy);
    }

    /// <summary>Reads the folder's sources as <see cref="TryLoad"/> does, verifying the whole file now (every section and
    /// block checksum) rather than as it is read: for a whole-folder check (<c>causa verify</c>).</summary>
    /// <param name="directory">Store folder.</param>
    /// <param name="sources">The sources; empty when the folder has no file.</param>
    /// <param name="error">Null on success; otherwise the file and what is wrong with it.</param>
    /// <param name="remedy">As for <see cref="TryLoad"/>.</param>
    /// <returns>True unless the file exists and cannot be read or is damaged anywhere.</returns>
    public static bool TryLoadVerified(string directory, out IReadOnlyList<ImportedSource> sources, [NotNullWhen(false)] out string? error, out Remedy remedy)
    {
        ArgumentNullException.ThrowIfNull(directory);
        sources = [];
        error = null;
        remedy = Remedy.None;
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return true;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read ({e.Message})";
            return false;
        }

        if (!TryDecodeWhole(bytes, out sources, out var why, out remedy))
        {
            error = $"{path}: {why}";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Rewrites a folder's file written in the older, unindexed version (<see cref="UnindexedVersion"/>), or in the current
    /// one without block checksums, in the current form, with the same sources: the writers of a store folder call it so
    /// that a folder whose sources were added by an older Causa gains the indexes and block checksums a query reads in
    /// place without adding the sources again.
    /// </summary>
    /// <param name="directory">Store folder; call holding its writer lock.</param>
    /// <returns>True when the file was rewritten; false when there is no file, it is current, or it cannot be read (left
    /// as it is: a query reports it).</returns>
    public static bool UpgradeIfOlder(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        Span<byte> head = stackalloc byte[12];
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length)
            {
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var major = BinaryPrimitives.ReadUInt16LittleEndian(head[8..]);
        var minor = BinaryPrimitives.ReadUInt16LittleEndian(head[10..]);
        var older = major == UnindexedVersion || (major == FormatVersion && minor < SectionFileLayout.BlockChecksumsMinorVersion);
        if (!head[..Magic.Length].SequenceEqual(Magic) || !older || !TryLoad(directory, out var sources, out _, out _))
        {
            return false;
        }

        try
        {
            // Encoding reads every entry: a damaged one ends the upgrade, and the file is left for a query to report.
            Save(directory, sources);
        }
        catch (InvalidStoreException)
        {
            return false;
        }

        return true;
    }

    /// <summary>Writes the sources into the folder atomically.</summary>
    /// <param name="directory">Store folder (created when missing).</param>
    /// <param name="sources">Every source to keep (the file is replaced as a whole).</param>
    /// <returns>The path written.</returns>
    public static string Save(string directory, IReadOnlyList<ImportedSource> sources)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(sources);
        var path = Path.Combine(directory, FileName);
        AtomicFile.Write(path, Encode(sources));
        return path;
    }

    /// <summary>Encodes sources to the file format: the payload and its indexes (<see cref="EvidenceIndexLayout"/>).</summary>
    public static byte[] Encode(IReadOnlyList<ImportedSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var layouts = new List<WrittenSourceLayout>(sources.Count);
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(sources.Count);
            foreach (var s in sources)
            {
                layouts.Add(WriteSource(w, s));
            }
        }

        var body = payload.ToArray();
        var index = EvidenceIndexWriter.Build(sources, layouts, body);
        return SectionFileWriter.ToBytes(Magic, FormatVersion, w =>
        {
            w.Array(PayloadSection, body);
            index(w);
        }, blockChecksums: true);
    }

    /// <summary>Decodes the file format.</summary>
    /// <param name="bytes">Whole file.</param>
    /// <param name="sources">Decoded sources; empty on failure.</param>
    /// <param name="error">What is wrong; null on success.</param>
    /// <param name="remedy">What the user can do: <see cref="Remedy.ReaddSources"/> for another format version, else
    /// <see cref="Remedy.None"/>.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out IReadOnlyList<ImportedSource> sources, [NotNullWhen(false)] out string? error, out Remedy remedy) =>
        TryDecodeWhole(bytes.ToArray(), out sources, out error, out remedy);

    // The file as read is decoded without another copy: it is several megabytes.
    private static bool TryDecodeWhole(byte[] bytes, out IReadOnlyList<ImportedSource> sources, [NotNullWhen(false)] out string? error, out Remedy remedy)
    {
        sources = [];
        remedy = Remedy.None;
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            error = "not a Causa evidence-source file (wrong magic)";
            return false;
        }

        var version = bytes.Length >= 10 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : FormatVersion;
        if (version is not (FormatVersion or UnindexedVersion))
        {
            error = $"format version {version}; this Causa reads versions {UnindexedVersion} and {FormatVersion}";
            remedy = Remedy.ReaddSources;
            return false;
        }

        byte[] body;
        try
        {
            if (version == FormatVersion)
            {
                // Indexed: every section is verified now, in memory; entries are decoded when first asked for.
                sources = StoredEvidence.Open(new MappedFileLease(MappedSectionFile.FromBytes(bytes, FileName, Magic, version, "evidence-source"), FileName));
                error = null;
                return true;
            }

            using var file = MappedSectionFile.FromBytes(bytes, FileName, Magic, version, "evidence-source");
            body = file.Get<byte>(PayloadSection).ToArray();
        }
        catch (InvalidStoreException e)
        {
            error = DescribeDamage(e);
            return false;
        }
        catch (EndOfStreamException)
        {
            error = "payload ends early (written by a different Causa?)";
            return false;
        }
        catch (ArgumentException e)
        {
            error = "payload unreadable: " + e.Message;
            return false;
        }

        try
        {
            using var stream = new MemoryStream(body);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            var count = r.ReadInt32();
            var list = new List<ImportedSource>(count);
            for (var i = 0; i < count; i++)
            {
                list.Add(ReadSource(r, body));
            }

            if (stream.Position != stream.Length)
            {
                error = "unexpected bytes after the last source";
                return false;
            }

            sources = list;
            error = null;
            return true;
        }
        catch (EndOfStreamException)
        {
            error = "payload ends early (written by a different Causa?)";
            return false;
        }
        catch (IOException e)
        {
            error = "payload unreadable: " + e.Message;
            return false;
        }
        catch (ArgumentException e)
        {
            error = "payload unreadable: " + e.Message;
            return false;
        }
    }

    /// <summary>What is wrong with a file whose bytes did not verify or fit, in the words of its load error.</summary>
    internal static string DescribeDamage(InvalidStoreException e) =>
        e.Kind == StoreErrorKind.Corrupt && e.Message.Contains("checksum", StringComparison.Ordinal) ? "checksum mismatch: the file is corrupted (" + e.Message + ")" : e.Message;

    // Writes one source as version 2 did, noting where each part lands for the indexes.
    private static WrittenSourceLayout WriteSource(BinaryWriter w, ImportedSource s)
    {
        var layout = new WrittenSourceLayout { Start = Position(w) };
        var i = s.Info;
        w.Write(i.Name);
        w.Write((int)i.Kind);
        WriteStrings(w, i.Files);
        w.Write(i.Period);
        w.Write((int)i.Unit);
        w.Write(i.Licence);
        w.Write(i.Citation);
        w.Write(i.RowsRead);
        w.Write(i.RowsAccepted);
        w.Write(i.RowsSkipped);
        w.Write(i.RowsRejected);
        w.Write(i.Rejections.Count);
        foreach (var r in i.Rejections)
        {
            w.Write(r.File);
            w.Write(r.Line);
            w.Write(r.Reason);
        }

        WriteStrings(w, i.Notes);
        w.Write(i.ImportedAt.UtcTicks);

        // Ingredient and term strings repeat a lot: write them once and refer to them by index.
        var strings = layout.Ids;
        var table = layout.Table;
        int Id(string v)
        {
            if (!strings.TryGetValue(v, out var id))
            {
                id = table.Count;
                strings[v] = id;
                table.Add(v);
            }

            return id;
        }

        // Offsets in the rows are made payload offsets once the table before them is written.
        var labelOffsets = new List<int>(s.Labels.Count);
        int indicationOffset, countsOffset, drugOffset = 0, termTotalOffset = 0, pairOffset = 0;
        using var rows = new MemoryStream();
        using (var b = new BinaryWriter(rows, Encoding.UTF8, leaveOpen: true))
        {
            b.Write(s.Labels.Count);
            foreach (var l in s.Labels)
            {
                labelOffsets.Add(Position(b));
                layout.LabelIngredients.Add(Id(l.Ingredient));
                b.Write(layout.LabelIngredients[^1]);
                b.Write(Id(l.Term));
                WriteDoubles(b, l.DrugPercents);
                WriteDoubles(b, l.PlaceboPercents);
                b.Write(l.Descriptions.Count);
                foreach (var d in l.Descriptions)
                {
                    b.Write(Id(d));
                }

                b.Write(l.LabelShare ?? -1);
                b.Write(l.Labels ?? -1);
                b.Write(l.Boxed);
            }

            b.Write(s.Indications.Count);
            indicationOffset = Position(b);
            foreach (var e in s.Indications)
            {
                layout.IndicationIngredients.Add(Id(e.Ingredient));
                b.Write(layout.IndicationIngredients[^1]);
                b.Write(e.Term is null ? -1 : Id(e.Term));
                b.Write(Id(e.Condition));
                b.Write((int)e.Category);
                b.Write(e.Resources);
            }

            var t = s.Counts;
            countsOffset = Position(b);
            b.Write(t is not null);
            if (t is not null)
            {
                b.Write(t.Total);
                b.Write(t.Complete);
                b.Write(t.Drugs.Count);
                drugOffset = Position(b);
                layout.DrugCount = t.Drugs.Count;
                foreach (var d in t.Drugs)
                {
                    b.Write(Id(d.Drug));
                    b.Write(Id(d.Ingredient));
                    b.Write(d.Total);
                }

                b.Write(t.TermTotals.Count);
                termTotalOffset = Position(b);
                foreach (var (term, total) in t.TermTotals)
                {
                    layout.TermTotalTerms.Add(Id(term));
                    b.Write(layout.TermTotalTerms[^1]);
                    b.Write(total);
                }

                b.Write(t.Pairs.Count);
                pairOffset = Position(b);
                foreach (var p in t.Pairs)
                {
                    layout.PairDrugs.Add(Id(p.Drug));
                    b.Write(layout.PairDrugs[^1]);
                    b.Write(Id(p.Ingredient));
                    layout.PairTerms.Add(Id(p.Term));
                    b.Write(layout.PairTerms[^1]);
                    b.Write(p.Count);
                }
            }
        }

        w.Write(table.Count);
        foreach (var v in table)
        {
            layout.StringOffsets.Add(Position(w));
            w.Write(v);
        }

        var rowsStart = Position(w);
        w.Write(rows.ToArray());
        layout.LabelOffsets.AddRange(labelOffsets.Select(o => checked(o + rowsStart)));
        layout.IndicationOffset = checked(indicationOffset + rowsStart);
        layout.CountsOffset = checked(countsOffset + rowsStart);
        layout.DrugOffset = checked(drugOffset + rowsStart);
        layout.TermTotalOffset = checked(termTotalOffset + rowsStart);
        layout.PairOffset = checked(pairOffset + rowsStart);
        return layout;
    }

    private static int Position(BinaryWriter w)
    {
        w.Flush();
        return checked((int)w.BaseStream.Position);
    }

    /// <summary>Reads a source's description, the first part of its record in the payload (both format versions).</summary>
    internal static SourceInfo ReadSourceInfo(BinaryReader r)
    {
        var name = r.ReadString();
        var kind = (EvidenceSourceKind)r.ReadInt32();
        var files = ReadStrings(r);
        var period = r.ReadString();
        var unit = (EvidenceUnit)r.ReadInt32();
        var licence = r.ReadString();
        var citation = r.ReadString();
        var read = r.ReadInt64();
        var accepted = r.ReadInt64();
        var skipped = r.ReadInt64();
        var rejected = r.ReadInt64();
        var rejections = new SourceRejection[Count(r)];
        for (var k = 0; k < rejections.Length; k++)
        {
            rejections[k] = new SourceRejection(r.ReadString(), r.ReadInt64(), r.ReadString());
        }

        var notes = ReadStrings(r);
        var importedAt = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero);
        return new SourceInfo(name, kind, files, period, unit, licence, citation, read, accepted, skipped, rejected, rejections, notes, importedAt);
    }

    private static ImportedSource ReadSource(BinaryReader r, byte[] body)
    {
        var info = ReadSourceInfo(r);
        var table = ReadStrings(r);
        string S(int id) => id >= 0 && id < table.Length ? table[id] : throw new ArgumentException($"string index {id} out of range");

        // Label entries are many: located and checked now, each decoded on first use (StoredLabelEntries).
        var labelCount = Count(r);
        var position = checked((int)r.BaseStream.Position);
        var labels = StoredLabelEntries.Read(body, ref position, labelCount, table);
        r.BaseStream.Position = position;

        var indications = new IndicationEntry[Count(r)];
        for (var k = 0; k < indications.Length; k++)
        {
            var ingredient = S(r.ReadInt32());
            var termId = r.ReadInt32();
            indications[k] = new IndicationEntry(ingredient, termId < 0 ? null : S(termId), S(r.ReadInt32()), (IndicationCategory)r.ReadInt32(), r.ReadInt32());
        }

        CountTable? counts = null;
        if (r.ReadBoolean())
        {
            var total = r.ReadInt64();
            var complete = r.ReadBoolean();
            var drugs = new CountDrug[Count(r)];
            for (var k = 0; k < drugs.Length; k++)
            {
                drugs[k] = new CountDrug(S(r.ReadInt32()), S(r.ReadInt32()), r.ReadInt64());
            }

            var termCount = Count(r);
            var termTotals = new Dictionary<string, long>(termCount, StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < termCount; k++)
            {
                termTotals[S(r.ReadInt32())] = r.ReadInt64();
            }

            var pairs = new CountPair[Count(r)];
            for (var k = 0; k < pairs.Length; k++)
            {
                pairs[k] = new CountPair(S(r.ReadInt32()), S(r.ReadInt32()), S(r.ReadInt32()), r.ReadInt64());
            }

            counts = new CountTable(total, complete, drugs, termTotals, pairs);
        }

        return new ImportedSource(info, labels, indications, counts);
    }

    /// <summary>Reads a count, refusing one larger than the bytes left.</summary>
    internal static int Count(BinaryReader r)
    {
        var n = r.ReadInt32();
        // A count can never exceed the bytes left; this stops a corrupt count from allocating gigabytes.
        return n < 0 || n > r.BaseStream.Length - r.BaseStream.Position ? throw new ArgumentException($"count {n} is impossible here") : n;
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    /// <summary>Reads a counted list of strings.</summary>
    internal static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[Count(r)];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = r.ReadString();
        }

        return values;
    }

    private static void WriteDoubles(BinaryWriter w, IReadOnlyList<double> values)
    {
        w.Write(values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static double[] ReadDoubles(BinaryReader r)
    {
        var values = new double[Count(r)];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = r.ReadDouble();
        }

        return values;
    }
}
