namespace Causa.Core.Sources;

/// <summary>A section of little-endian 32-bit values of an evidence-source file, read in place and verified as read.</summary>
/// <param name="file">The file's sources.</param>
/// <param name="id">The section.</param>
/// <param name="count">How many values it holds.</param>
internal readonly struct IntSection(StoredEvidence file, uint id, int count)
{
    /// <summary>How many values the section holds.</summary>
    public int Count { get; } = count;

    /// <summary>Value <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>; checked).</summary>
    public int this[int index]
    {
        get
        {
            StoredEvidence.Check((uint)index < (uint)Count, "an index row lies outside its section");
            return file.ReadIndex(id, index);
        }
    }
}
