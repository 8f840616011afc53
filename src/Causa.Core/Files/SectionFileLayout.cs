namespace Causa.Core.Files;

/// <summary>
/// The one container layout of every binary file Causa writes (little-endian):
/// a 64-byte header (8-byte signature naming the kind of file at 0, major/minor version at 8/10, section count at 12,
/// file length at 16, directory CRC-32C at 24, CRC-32C of bytes 0–27 at 28, directory offset at 32, CRC-32C of bytes
/// 32–39 at 40), then the sections, each aligned to 64 bytes so they can be viewed in place as arrays of their element
/// type, then the directory: 32-byte entries (section id, element size, offset, length in bytes, CRC-32C of the section).
/// A file written with block checksums (minor version <see cref="FineBlockChecksumsMinorVersion"/>) also holds the section
/// <see cref="FineBlockChecksumsId"/>, last before the directory: the CRC-32C of every <see cref="FineBlockSize"/>-byte
/// block of every other section (the last block of a section may be shorter; an empty section has none), the sections in
/// directory order, so a reader can verify the few blocks a command reads instead of whole sections. Files written before
/// (minor version <see cref="BlockChecksumsMinorVersion"/>) hold the same table over <see cref="BlockSize"/>-byte blocks as
/// section <see cref="BlockChecksumsId"/>; readers verify both kinds.
/// </summary>
/// <remarks>Each kind of file has its own signature and major version; a reader refuses any other. The minor version
/// only says what a reader may use: a reader ignores sections it does not know, so a file with block checksums is read by
/// a reader that does not know them, and a file without them is verified a whole section at a time.</remarks>
internal static class SectionFileLayout
{
    public const ushort MinorVersion = 0;

    /// <summary>The minor version of a file that holds <see cref="BlockChecksumsId"/> (1 KiB blocks; written by Causa
    /// until the fine table replaced it, still read).</summary>
    public const ushort BlockChecksumsMinorVersion = 1;

    /// <summary>The minor version of a file that holds <see cref="FineBlockChecksumsId"/>: what Causa writes.</summary>
    public const ushort FineBlockChecksumsMinorVersion = 2;

    /// <summary>The section of 1 KiB block checksums (uint CRC-32C values) of files of minor version 1; an id no kind of
    /// file uses for its own sections.</summary>
    public const uint BlockChecksumsId = 0xFFFF_0001;

    /// <summary>The section of <see cref="FineBlockSize"/>-byte block checksums (uint CRC-32C values); an id no kind of
    /// file uses for its own sections. A reader that knows only <see cref="BlockChecksumsId"/> ignores it and verifies
    /// whole sections, so files with it stay readable by older builds.</summary>
    public const uint FineBlockChecksumsId = 0xFFFF_0002;

    /// <summary>Bytes covered by one block checksum of <see cref="BlockChecksumsId"/>.</summary>
    public const int BlockSize = 1 << BlockShift;

    /// <summary>log2 of <see cref="BlockSize"/>.</summary>
    public const int BlockShift = 10;

    /// <summary>Bytes covered by one block checksum of <see cref="FineBlockChecksumsId"/>: a command reading a few thousand
    /// scattered rows (a drug's cases, each in its own block of every column it reads) verifies, and pulls into the CPU's
    /// cache, four cache lines per value rather than sixteen; the table is 1.6% of the file. Measured: `ask` on the
    /// 8-quarter synthetic store 7-8% faster with the AOT build, interleaved with the 1 KiB build (docs/PERFORMANCE.md).
    /// Smaller blocks would grow the table, which a query verifies whole, beyond what they save.</summary>
    public const int FineBlockSize = 1 << FineBlockShift;

    /// <summary>log2 of <see cref="FineBlockSize"/>.</summary>
    public const int FineBlockShift = 8;
    public const int HeaderSize = 64;
    public const int DirectoryEntrySize = 32;
    public const int Alignment = 64;
}
