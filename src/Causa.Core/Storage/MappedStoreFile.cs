using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;

namespace Causa.Core.Storage;

/// <summary>
/// A store file opened read-only and memory-mapped. Every structural field and every section checksum is
/// verified on open, so later reads can trust offsets and lengths.
/// </summary>
internal sealed unsafe class MappedStoreFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly Dictionary<uint, (long Offset, long Length, int ElementSize)> _sections = [];
    private readonly ushort _majorVersion;
    private readonly string _kind;
    private bool _disposed;

    private MappedStoreFile(string path, MemoryMappedFile map, MemoryMappedViewAccessor view, long length, ushort majorVersion, string kind)
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

    public string Path { get; }

    public long Length { get; }

    /// <summary>Identity of the content: CRC-32C of the directory (which holds every section's CRC) and of the header.</summary>
    public ulong Fingerprint { get; private set; }

    /// <summary>Opens and verifies the file. Throws <see cref="InvalidStoreException"/> for any inconsistency.</summary>
    public static MappedStoreFile Open(string path) => Open(path, StoreFileFormat.Signature, StoreFileFormat.MajorVersion, "store");

    /// <summary>Opens and verifies a sectioned file with the given signature and version; <paramref name="kind"/> names it in messages.</summary>
    public static MappedStoreFile Open(string path, ReadOnlySpan<byte> expectedSignature, ushort majorVersion, string kind)
    {
        long length;
        using (var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            length = probe.Length;
            Span<byte> signature = stackalloc byte[8];
            if (length < 8 || probe.ReadAtLeast(signature, 8, throwOnEndOfStream: false) < 8)
            {
                throw new InvalidStoreException(length == 0 ? StoreErrorKind.Truncated : StoreErrorKind.NotAStore,
                    length == 0 ? "the store file is empty (0 bytes)" : "the file is too short to be a Causa store");
            }

            if (!signature.SequenceEqual(expectedSignature))
            {
                throw new InvalidStoreException(StoreErrorKind.NotAStore, $"the file is not a Causa {kind} file (wrong signature)");
            }

            if (length < StoreFileFormat.HeaderSize)
            {
                throw new InvalidStoreException(StoreErrorKind.Truncated, $"the store file is truncated ({length} bytes, header needs {StoreFileFormat.HeaderSize})");
            }
        }

        var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            var file = new MappedStoreFile(path, map, view, length, majorVersion, kind);
            try
            {
                file.Verify();
                return file;
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
        catch
        {
            view?.Dispose();
            map.Dispose();
            throw;
        }
    }

    public bool Has(SectionId id) => _sections.ContainsKey((uint)id);

    /// <summary>A section viewed as an array of <typeparamref name="T"/>; empty when the section is absent.</summary>
    public ReadOnlySpan<T> Get<T>(SectionId id)
        where T : unmanaged => Get<T>((uint)id);

    /// <summary>A section viewed as an array of <typeparamref name="T"/>; empty when the section is absent.</summary>
    public ReadOnlySpan<T> Get<T>(uint id)
        where T : unmanaged
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_sections.TryGetValue(id, out var section))
        {
            return [];
        }

        return new ReadOnlySpan<T>(_base + section.Offset, (int)(section.Length / sizeof(T)));
    }

    private void Verify()
    {
        var header = new ReadOnlySpan<byte>(_base, StoreFileFormat.HeaderSize);
        var major = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (major != _majorVersion)
        {
            throw new InvalidStoreException(StoreErrorKind.UnsupportedVersion,
                $"{_kind} format version {major} is not supported (this Causa reads version {_majorVersion}); rebuild it");
        }

        if (Crc32C.Compute(header[..28]) != BinaryPrimitives.ReadUInt32LittleEndian(header[28..]))
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "the store header checksum does not match (the file is damaged)");
        }

        Fingerprint = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(header[24..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(header[28..]);
        var sectionCount = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var declaredLength = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        if (declaredLength != Length)
        {
            throw new InvalidStoreException(declaredLength > Length ? StoreErrorKind.Truncated : StoreErrorKind.Corrupt,
                $"the store file is {Length:N0} bytes but its header says {declaredLength:N0}" + (declaredLength > Length ? " (truncated)" : string.Empty));
        }

        var directoryOffset = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);
        if (Crc32C.Compute(header[32..40]) != BinaryPrimitives.ReadUInt32LittleEndian(header[40..]))
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "the store header checksum does not match (the file is damaged)");
        }

        var directoryLength = (long)sectionCount * StoreFileFormat.DirectoryEntrySize;
        if (sectionCount is < 0 or > 4096 || directoryOffset < StoreFileFormat.HeaderSize || directoryOffset + directoryLength > Length)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "the store directory is damaged");
        }

        var directory = new ReadOnlySpan<byte>(_base + directoryOffset, (int)directoryLength);
        if (Crc32C.Compute(directory) != BinaryPrimitives.ReadUInt32LittleEndian(header[24..]))
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "the store directory checksum does not match (the file is damaged)");
        }

        for (var i = 0; i < sectionCount; i++)
        {
            var entry = directory.Slice(i * StoreFileFormat.DirectoryEntrySize, StoreFileFormat.DirectoryEntrySize);
            var id = BinaryPrimitives.ReadUInt32LittleEndian(entry);
            var elementSize = BinaryPrimitives.ReadInt32LittleEndian(entry[4..]);
            var offset = BinaryPrimitives.ReadInt64LittleEndian(entry[8..]);
            var length = BinaryPrimitives.ReadInt64LittleEndian(entry[16..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(entry[24..]);
            if (offset < 0 || length < 0 || offset + length > Length || offset % StoreFileFormat.Alignment != 0 ||
                elementSize is not (1 or 2 or 4 or 8) || length % elementSize != 0 || length / elementSize > int.MaxValue)
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {id} has an impossible position or size");
            }

            var bytes = new ReadOnlySpan<byte>(_base + offset, (int)Math.Min(length, int.MaxValue));
            if (Crc32C.Compute(bytes) != crc)
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {id} checksum does not match (the file is damaged at bytes {offset:N0}–{offset + length:N0})");
            }

            if (!_sections.TryAdd(id, (offset, length, elementSize)))
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {id} appears twice");
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }
}
