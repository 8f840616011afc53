namespace Causa.Storage.Files;

/// <summary>
/// The store file: a section file (<see cref="Core.Files.SectionFileLayout"/>) with signature "CAUSASTO" whose sections
/// are listed in <see cref="SectionId"/>, named <see cref="FileName"/> in its folder, written under <see cref="StoreWriteLock"/>.
/// </summary>
internal static class StoreFileFormat
{
    public const ushort MajorVersion = 1;
    public const string FileName = "cases.causa";

    public static ReadOnlySpan<byte> Signature => "CAUSASTO"u8;
}
