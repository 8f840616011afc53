namespace Causa.Core.Files;

/// <summary>
/// The one container layout of every binary file Causa writes (little-endian):
/// a 64-byte header (8-byte signature naming the kind of file at 0, major/minor version at 8/10, section count at 12,
/// file length at 16, directory CRC-32C at 24, CRC-32C of bytes 0–27 at 28, directory offset at 32, CRC-32C of bytes
/// 32–39 at 40), then the sections, each aligned to 64 bytes so they can be viewed in place as arrays of their element
/// type, then the directory: 32-byte entries (section id, element size, offset, length in bytes, CRC-32C of the section).
/// A file written with block checksums (minor version <see cref="BlockChecksumsMinorVersion"/>) also holds the section
/// <see cref="BlockChecksumsId"/>, last before the directory: the CRC-32C of every <see cref="BlockSize"/>-byte block of
/// every other section (the last block of a section may be shorter; an empty section has none), the sections in directory
/// order, so a reader can verify the few blocks a command reads instead of whole sections.
/// </summary>
/// <remarks>Each kind of file has its own signature and major version; a reader refuses any other. The minor version
/// only says what a reader may use: a reader ignores sections it does not know, so a file with block checksums is read by
/// a reader that does not know them, and a file without them is verified a whole section at a time.</remarks>
internal static class SectionFileLayout
{
    public const ushort MinorVersion = 0;

    /// <summary>The minor version of a file that holds <see cref="BlockChecksumsId"/>.</summary>
    public const ushort BlockChecksumsMinorVersion = 1;

    /// <summary>The section of block checksums (uint CRC-32C values); an id no kind of file uses for its own sections.</summary>
    public const uint BlockChecksumsId = 0xFFFF_0001;

    /// <summary>Bytes covered by one block checksum: small enough that a command reading a few thousand scattered rows
    /// verifies a small part of each column, large enough that the table is 0.4% of the file.</summary>
    public const int BlockSize = 1 << BlockShift;

    /// <summary>log2 of <see cref="BlockSize"/>.</summary>
    public const int BlockShift = 10;
    public const int HeaderSize = 64;
    public const int DirectoryEntrySize = 32;
    public const int Alignment = 64;
}
