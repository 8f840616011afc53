using System.Buffers.Binary;
using Causa.Core.Files;
using Causa.Core.Sources;

namespace Causa.Core.Tests.Sources;

/// <summary>Evidence-source files as older Causa wrote them, made from today's encoding.</summary>
internal static class OldEvidenceFiles
{
    /// <summary>A section of a file, as written.</summary>
    public static byte[] Section(byte[] file, uint id)
    {
        using var opened = MappedSectionFile.FromBytes(file, "x", "CAUSASRC"u8, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(8)), "evidence-source");
        return opened.Get<byte>(id).ToArray();
    }

    /// <summary>The same sections as a version-3 file written before block checksums (minor version 0).</summary>
    public static byte[] WithoutBlockChecksums(byte[] file) =>
        SectionFileWriter.ToBytes("CAUSASRC"u8, EvidenceSourceFile.FormatVersion, w =>
        {
            for (var id = EvidenceIndexLayout.Payload; id <= EvidenceIndexLayout.ConditionRows; id++)
            {
                var bytes = Section(file, id);
                if (id is EvidenceIndexLayout.Payload or EvidenceIndexLayout.ConditionKeyText)
                {
                    w.Array(id, bytes);
                }
                else
                {
                    w.Array(id, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(bytes).ToArray());
                }
            }
        });

    /// <summary>The same payload as a version-2 file: that one section alone, as version 2 wrote it (the payload is the
    /// same bytes in both versions).</summary>
    public static byte[] VersionTwo(byte[] file) =>
        SectionFileWriter.ToBytes("CAUSASRC"u8, EvidenceSourceFile.UnindexedVersion, w => w.Array(EvidenceIndexLayout.Payload, Section(file, EvidenceIndexLayout.Payload)));
}
