namespace Causa.Core.Files;

/// <summary>
/// The one container layout of every binary file Causa writes (little-endian):
/// a 64-byte header (8-byte signature naming the kind of file at 0, major/minor version at 8/10, section count at 12,
/// file length at 16, directory CRC-32C at 24, CRC-32C of bytes 0–27 at 28, directory offset at 32, CRC-32C of bytes
/// 32–39 at 40), then the sections, each aligned to 64 bytes so they can be viewed in place as arrays of their element
/// type, then the directory: 32-byte entries (section id, element size, offset, length in bytes, CRC-32C of the section).
/// </summary>
/// <remarks>Each kind of file has its own signature and major version; a reader refuses any other.</remarks>
internal static class SectionFileLayout
{
    public const ushort MinorVersion = 0;
    public const int HeaderSize = 64;
    public const int DirectoryEntrySize = 32;
    public const int Alignment = 64;
}
