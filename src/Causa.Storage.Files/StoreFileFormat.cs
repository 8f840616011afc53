namespace Causa.Storage.Files;

/// <summary>
/// The store file: a section file (<see cref="Core.Files.SectionFileLayout"/>) with signature "CAUSASTO" whose sections
/// are listed in <see cref="SectionId"/>, named <see cref="FileName"/> in its folder, written under <see cref="StoreWriteLock"/>.
/// </summary>
internal static class StoreFileFormat
{
    /// <summary>2 since the fields of a pair's profile (first receipt date, occurrence country, layout facts, therapy
    /// starts) were added: a version 1 store lacks them and must be ingested again.</summary>
    public const ushort MajorVersion = 2;
    public const string FileName = "cases.causa";

    public static ReadOnlySpan<byte> Signature => "CAUSASTO"u8;
}
