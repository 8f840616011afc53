using System.Buffers.Binary;
using System.IO.Hashing;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Causa.Core.Storage;

namespace Causa.Core.Files;

/// <summary>
/// A section file (<see cref="SectionFileLayout"/>) opened read-only: memory-mapped from disk (<see cref="Open"/>) or over
/// bytes already in memory (<see cref="FromBytes"/>). Every structural field (header, directory, section positions and sizes)
/// is verified on open, so later reads can trust offsets and lengths. Section checksums are verified on open too, unless the
/// file is opened with <c>verifySections: false</c>: then each section's checksum is verified the first time it is read
/// (<see cref="Get{T}"/>), so a command pays for the sections it reads, not for the whole file, and a damaged section is
/// still never read: its first read throws <see cref="InvalidStoreException"/>. A file with block checksums
/// (<see cref="SectionFileLayout.FineBlockChecksumsId"/>, or <see cref="SectionFileLayout.BlockChecksumsId"/> in files of
/// minor version 1) read through <see cref="View{T}"/> is verified a block at a time
/// instead: only the blocks holding the values read, so a command reading a few rows of a large column pays for those.
/// </summary>
/// <remarks>Thread-safe for reads (two threads reading an unverified section at once may both verify it). Spans are valid
/// until <see cref="Dispose"/>.</remarks>
internal sealed unsafe class MappedSectionFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private readonly GCHandle _pin;
    private readonly byte* _base;
    private readonly Dictionary<uint, Section> _sections = [];

    // The block checksum table (null when the file has none, or when every section was verified on open).
    private Section? _blockTable;
    private readonly ushort _majorVersion;
    private readonly string _kind;
    private int _disposed; // 1 once disposed; set once, by one thread (a lease's finalizer may race an owner's Dispose)

    private MappedSectionFile(string path, MemoryMappedFile map, MemoryMappedViewAccessor view, long length, ushort majorVersion, string kind)
    {
        _majorVersion = majorVersion;
        _kind = kind;
        Path = path;
        _map = map;
        _view = view;
        Length = length;
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer + _view.PointerOffset;
    }

    private MappedSectionFile(string path, byte[] bytes, ushort majorVersion, string kind)
    {
        _majorVersion = majorVersion;
        _kind = kind;
        Path = path;
        Length = bytes.Length;
        _pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        _base = (byte*)_pin.AddrOfPinnedObject();
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>Identity of the content: CRC-32C of the directory (which holds every section CRC) and of the header.</summary>
    public ulong Fingerprint { get; private set; }

    /// <summary>Opens and verifies a sectioned file with the given signature and version; <paramref name="kind"/> names it in messages.</summary>
    /// <param name="path">The file.</param>
    /// <param name="expectedSignature">The 8-byte signature the file must start with.</param>
    /// <param name="majorVersion">The only format version read.</param>
    /// <param name="kind">What the file is, for messages ("store").</param>
    /// <param name="verifySections">True to verify every section checksum and the zero padding now (the whole file is
    /// read); false to verify only the header, the directory and the section positions now, and each section's checksum on
    /// its first <see cref="Get{T}"/>.</param>
    public static MappedSectionFile Open(string path, ReadOnlySpan<byte> expectedSignature, ushort majorVersion, string kind, bool verifySections = true)
    {
        long length;
        using (var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            length = probe.Length;
            Span<byte> prologue = stackalloc byte[10];
            var read = probe.ReadAtLeast(prologue, prologue.Length, throwOnEndOfStream: false);
            CheckPrologue(prologue[..read], length, expectedSignature, majorVersion, kind);
        }

        var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            return Verified(new MappedSectionFile(path, map, view, length, majorVersion, kind), verifySections);
        }
        catch
        {
            view?.Dispose();
            map.Dispose();
            throw;
        }
    }

    /// <summary>Verifies a whole section file held in memory, as <see cref="Open"/> does a file; <paramref name="name"/> names it in messages.</summary>
    public static MappedSectionFile FromBytes(byte[] bytes, string name, ReadOnlySpan<byte> expectedSignature, ushort majorVersion, string kind)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        CheckPrologue(bytes, bytes.Length, expectedSignature, majorVersion, kind);
        return Verified(new MappedSectionFile(name, bytes, majorVersion, kind), verifySections: true);
    }

    // A file that fails verification is released before the error propagates.
    private static MappedSectionFile Verified(MappedSectionFile file, bool verifySections)
    {
        try
        {
            file.Verify(verifySections);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>A section viewed as an array of <typeparamref name="T"/>; empty when the section is absent.</summary>
    public ReadOnlySpan<T> Get<T>(uint id)
        where T : unmanaged
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_sections.TryGetValue(id, out var section))
        {
            return [];
        }

        if (!section.Verified)
        {
            VerifySection(section);
        }

        return new ReadOnlySpan<T>(_base + section.Offset, (int)(section.Length / sizeof(T)));
    }

    /// <summary>Where a section lies in the file (byte offset and length), verifying its checksum first as
    /// <see cref="Get{T}"/> does; (0, 0) when the section is absent. For a file opened with <see cref="FromBytes"/>, whose
    /// caller keeps the bytes and reads the section in place after this file is disposed.</summary>
    public (long Offset, long Length) Range(uint id)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_sections.TryGetValue(id, out var section))
        {
            return (0, 0);
        }

        if (!section.Verified)
        {
            VerifySection(section);
        }

        return (section.Offset, section.Length);
    }

    /// <summary>A section viewed as an array of <typeparamref name="T"/> whose content is verified as it is read: the
    /// blocks holding each value or slice read, when the file has block checksums; otherwise the whole section now, as
    /// <see cref="Get{T}"/>. Empty when the section is absent.</summary>
    public SectionView<T> View<T>(uint id)
        where T : unmanaged
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_sections.TryGetValue(id, out var section))
        {
            return default;
        }

        var length = (int)(section.Length / sizeof(T));
        if (section.Verified)
        {
            return new SectionView<T>((T*)(_base + section.Offset), length, null);
        }

        if (_blockTable is null)
        {
            VerifySection(section);
            return new SectionView<T>((T*)(_base + section.Offset), length, null);
        }

        return new SectionView<T>((T*)(_base + section.Offset), length, section, this);
    }

    /// <summary>Verifies the blocks of <paramref name="section"/> holding bytes [<paramref name="start"/>,
    /// <paramref name="start"/> + <paramref name="length"/>) that are not verified yet.</summary>
    internal void VerifyRange(Section section, long start, long length)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (length <= 0 || section.Verified)
        {
            return;
        }

        var table = BlockTable();
        var last = (int)((start + length - 1) >> section.BlockShift);
        for (var block = (int)(start >> section.BlockShift); block <= last; block++)
        {
            if (!section.IsBlockVerified(block))
            {
                VerifyBlock(section, block, table);
            }
        }
    }

    // The table itself is verified whole on first use, through its section checksum: 0.4% of the file.
    private ReadOnlySpan<uint> BlockTable()
    {
        var table = _blockTable!;
        if (!table.Verified)
        {
            VerifySection(table);
        }

        return new ReadOnlySpan<uint>(_base + table.Offset, (int)(table.Length / sizeof(uint)));
    }

    private void VerifyBlock(Section section, int block, ReadOnlySpan<uint> table)
    {
        var start = (long)block << section.BlockShift;
        var length = (int)Math.Min(section.BlockSize, section.Length - start);
        var bytes = new ReadOnlySpan<byte>(_base + section.Offset + start, length);
        if (Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, bytes) != table[section.FirstBlock + block])
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt,
                $"section {section.Id} checksum does not match (the file is damaged at bytes {section.Offset + start:N0}–{section.Offset + start + length:N0})");
        }

        section.MarkBlockVerified(block);
    }

    /// <summary>The number of <typeparamref name="T"/> elements of a section (0 when absent), from the directory alone:
    /// the section's content is not read, so its checksum is not verified.</summary>
    public int Count<T>(uint id)
        where T : unmanaged
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _sections.TryGetValue(id, out var section) ? (int)(section.Length / sizeof(T)) : 0;
    }

    /// <summary>True when every section checksum and the padding were verified when the file was opened.</summary>
    public bool FullyVerified { get; private set; }

    /// <summary>Checks what can be checked from the first 10 bytes and the length, before anything is mapped: an empty,
    /// foreign, older or newer file each gets its own message (a file of another version is never read as this one).</summary>
    private static void CheckPrologue(ReadOnlySpan<byte> prologue, long length, ReadOnlySpan<byte> expectedSignature, ushort majorVersion, string kind)
    {
        if (length < 8 || prologue.Length < 8)
        {
            throw new InvalidStoreException(length == 0 ? StoreErrorKind.Truncated : StoreErrorKind.NotAStore,
                length == 0 ? $"the {kind} file is empty (0 bytes)" : $"the file is too short to be a Causa {kind} file");
        }

        if (!prologue[..8].SequenceEqual(expectedSignature))
        {
            throw new InvalidStoreException(StoreErrorKind.NotAStore, $"the file is not a Causa {kind} file (wrong signature)");
        }

        if (prologue.Length >= 10 && BinaryPrimitives.ReadUInt16LittleEndian(prologue[8..]) is var major && major != majorVersion)
        {
            throw new InvalidStoreException(StoreErrorKind.UnsupportedVersion,
                $"{kind} format version {major} is not supported (this Causa reads version {majorVersion}); rebuild it");
        }

        if (length < SectionFileLayout.HeaderSize)
        {
            throw new InvalidStoreException(StoreErrorKind.Truncated, $"the {kind} file is truncated ({length} bytes, header needs {SectionFileLayout.HeaderSize})");
        }
    }

    private void Verify(bool verifySections)
    {
        var header = new ReadOnlySpan<byte>(_base, SectionFileLayout.HeaderSize);
        var major = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (major != _majorVersion)
        {
            throw new InvalidStoreException(StoreErrorKind.UnsupportedVersion,
                $"{_kind} format version {major} is not supported (this Causa reads version {_majorVersion}); rebuild it");
        }

        if (Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, header[..28]) != BinaryPrimitives.ReadUInt32LittleEndian(header[28..]))
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {_kind} header checksum does not match (the file is damaged)");
        }

        Fingerprint = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(header[24..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(header[28..]);
        var sectionCount = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var declaredLength = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        if (declaredLength != Length)
        {
            throw new InvalidStoreException(declaredLength > Length ? StoreErrorKind.Truncated : StoreErrorKind.Corrupt,
                $"the {_kind} file is {Length:N0} bytes but its header says {declaredLength:N0}" + (declaredLength > Length ? " (truncated)" : string.Empty));
        }

        var directoryOffset = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);
        if (Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, header[32..40]) != BinaryPrimitives.ReadUInt32LittleEndian(header[40..]))
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {_kind} header checksum does not match (the file is damaged)");
        }

        var directoryLength = (long)sectionCount * SectionFileLayout.DirectoryEntrySize;
        if (sectionCount is < 0 or > 4096 || directoryOffset < SectionFileLayout.HeaderSize || directoryOffset + directoryLength > Length)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {_kind} directory is damaged");
        }

        var directory = new ReadOnlySpan<byte>(_base + directoryOffset, (int)directoryLength);
        if (Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, directory) != BinaryPrimitives.ReadUInt32LittleEndian(header[24..]))
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {_kind} directory checksum does not match (the file is damaged)");
        }

        // The block table this file has: the fine one where written (a file never holds both, but one that did would be read
        // by its fine table), else the 1 KiB one of minor version 1 files.
        var tableId = SectionFileLayout.BlockChecksumsId;
        var blockShift = SectionFileLayout.BlockShift;
        for (var i = 0; i < sectionCount; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(directory[(i * SectionFileLayout.DirectoryEntrySize)..]) == SectionFileLayout.FineBlockChecksumsId)
            {
                tableId = SectionFileLayout.FineBlockChecksumsId;
                blockShift = SectionFileLayout.FineBlockShift;
            }
        }

        var blocks = 0L;
        for (var i = 0; i < sectionCount; i++)
        {
            var entry = directory.Slice(i * SectionFileLayout.DirectoryEntrySize, SectionFileLayout.DirectoryEntrySize);
            var id = BinaryPrimitives.ReadUInt32LittleEndian(entry);
            var elementSize = BinaryPrimitives.ReadInt32LittleEndian(entry[4..]);
            var offset = BinaryPrimitives.ReadInt64LittleEndian(entry[8..]);
            var length = BinaryPrimitives.ReadInt64LittleEndian(entry[16..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(entry[24..]);
            if (offset < 0 || length < 0 || offset + length > Length || offset % SectionFileLayout.Alignment != 0 ||
                elementSize is not (1 or 2 or 4 or 8) || length % elementSize != 0 || length / elementSize > int.MaxValue)
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {id} has an impossible position or size");
            }

            // Each section's blocks follow the previous section's in the table, in directory order.
            var isTable = id is SectionFileLayout.BlockChecksumsId or SectionFileLayout.FineBlockChecksumsId;
            var section = new Section(id, offset, length, crc, isTable ? -1 : (int)Math.Min(blocks, int.MaxValue), blockShift);
            if (!isTable)
            {
                blocks += (length + (1L << blockShift) - 1) >> blockShift;
            }

            if (verifySections)
            {
                VerifySection(section);
            }

            if (!_sections.TryAdd(id, section))
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {id} appears twice");
            }
        }

        if (_sections.TryGetValue(tableId, out var blockTable))
        {
            if (blockTable.Length != blocks * sizeof(uint))
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {_kind} block checksums do not match its sections");
            }

            _blockTable = blockTable;
            if (verifySections)
            {
                // Full verification reads every block too: a block checksum a later read would trust is checked now.
                VerifyAllBlocks();
            }
        }

        // Sections must not overlap whether or not their content is read now; the padding is read by no command, so it is
        // checked with the full verification only.
        CheckLayout(directoryOffset, checkPadding: verifySections);
        FullyVerified = verifySections;
    }

    private void VerifySection(Section section)
    {
        var bytes = new ReadOnlySpan<byte>(_base + section.Offset, (int)Math.Min(section.Length, int.MaxValue));
        if (Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, bytes) != section.Crc)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {section.Id} checksum does not match (the file is damaged at bytes {section.Offset:N0}–{section.Offset + section.Length:N0})");
        }

        section.Verified = true;
    }

    /// <summary>
    /// Sections and the directory must not overlap; with <paramref name="checkPadding"/>, the bytes no checksum covers (the
    /// header's reserved tail and the alignment gaps before each section and the directory) must be zero, as the writer
    /// leaves them: so a damaged byte anywhere in the file is an error.
    /// </summary>
    private void CheckLayout(long directoryOffset, bool checkPadding)
    {
        var spans = _sections.Values.Select(static s => (s.Offset, End: s.Offset + s.Length)).Append((Offset: directoryOffset, End: directoryOffset)).OrderBy(static s => s.Offset);
        long end = 44;
        foreach (var (offset, sectionEnd) in spans)
        {
            if (offset < end || (checkPadding && new ReadOnlySpan<byte>(_base + end, (int)(offset - end)).ContainsAnyExcept((byte)0)))
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"the {_kind} file has damaged padding or overlapping sections near byte {end:N0}");
            }

            end = sectionEnd;
        }
    }

    private void VerifyAllBlocks()
    {
        var table = BlockTable();
        foreach (var section in _sections.Values)
        {
            if (section.FirstBlock < 0)
            {
                continue;
            }

            for (var start = 0L; start < section.Length; start += section.BlockSize)
            {
                var length = (int)Math.Min(section.BlockSize, section.Length - start);
                var bytes = new ReadOnlySpan<byte>(_base + section.Offset + start, length);
                if (Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, bytes) != table[section.FirstBlock + (int)(start >> section.BlockShift)])
                {
                    throw new InvalidStoreException(StoreErrorKind.Corrupt,
                        $"the {_kind} block checksum of section {section.Id} at bytes {section.Offset + start:N0}–{section.Offset + start + length:N0} does not match (the file is damaged)");
                }
            }
        }
    }

    /// <summary>A section of the directory and what of it has been verified.</summary>
    internal sealed class Section(uint id, long offset, long length, uint crc, int firstBlock, int blockShift)
    {
        private bool _verified;
        private int[]? _verifiedBlocks;
        private int _verifiedBlockCount;

        public uint Id { get; } = id;

        public long Offset { get; } = offset;

        public long Length { get; } = length;

        public uint Crc { get; } = crc;

        /// <summary>Index of the section's first block in the block checksum table; −1 for the table itself.</summary>
        public int FirstBlock { get; } = firstBlock;

        /// <summary>log2 of the bytes a block checksum of this file covers.</summary>
        public int BlockShift { get; } = blockShift;

        /// <summary>The bytes a block checksum of this file covers.</summary>
        public int BlockSize => 1 << BlockShift;

        private int BlockCount => (int)((Length + BlockSize - 1) >> BlockShift);

        // Set once the checksum matched (or every block did); a race only makes two readers verify the same bytes.
        public bool Verified
        {
            get => Volatile.Read(ref _verified);
            set => Volatile.Write(ref _verified, value);
        }

        /// <summary>True when the block's checksum matched.</summary>
        public bool IsBlockVerified(int block)
        {
            var bits = Volatile.Read(ref _verifiedBlocks);
            return bits is not null && (Volatile.Read(ref bits[block >> 5]) & (1 << block)) != 0;
        }

        /// <summary>Records that the block's checksum matched; the whole section is verified once every block is.</summary>
        public void MarkBlockVerified(int block)
        {
            var bits = Volatile.Read(ref _verifiedBlocks);
            if (bits is null)
            {
                Interlocked.CompareExchange(ref _verifiedBlocks, new int[(BlockCount + 31) >> 5], null);
                bits = _verifiedBlocks!;
            }

            var mask = 1 << block;
            if ((Interlocked.Or(ref bits[block >> 5], mask) & mask) == 0 &&
                Interlocked.Increment(ref _verifiedBlockCount) == BlockCount)
            {
                Verified = true;
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _map!.Dispose();
        }
        else
        {
            _pin.Free();
        }
    }
}
