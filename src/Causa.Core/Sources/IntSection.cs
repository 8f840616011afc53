using System.Buffers.Binary;

namespace Causa.Core.Sources;

/// <summary>A section of little-endian 32-bit values read in place from a file held in memory.</summary>
/// <param name="bytes">The whole file.</param>
/// <param name="offset">Where the section starts.</param>
/// <param name="count">How many values it holds.</param>
internal readonly struct IntSection(byte[] bytes, int offset, int count)
{
    /// <summary>How many values the section holds.</summary>
    public int Count { get; } = count;

    /// <summary>Value <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>; checked).</summary>
    public int this[int index]
    {
        get
        {
            StoredEvidence.Check((uint)index < (uint)Count, "an index row lies outside its section");
            return BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset + (index * 4)));
        }
    }
}
