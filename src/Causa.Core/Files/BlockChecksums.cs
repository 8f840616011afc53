using System.IO.Hashing;

namespace Causa.Core.Files;

/// <summary>The CRC-32C of each block of one section (2^<c>blockShift</c> bytes: <see cref="SectionFileLayout.FineBlockShift"/>
/// or <see cref="SectionFileLayout.BlockShift"/>), from its bytes appended in order in pieces of any size; the last block
/// may be shorter.</summary>
internal sealed class BlockChecksums(int blockShift)
{
    private readonly Crc32 _block = new(Crc32ParameterSet.Crc32C);
    private readonly List<uint> _checksums = [];
    private readonly int _blockSize = 1 << blockShift;
    private int _filled;

    /// <summary>Appends the next bytes of the section.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var take = Math.Min(bytes.Length, _blockSize - _filled);
            _block.Append(bytes[..take]);
            _filled += take;
            bytes = bytes[take..];
            if (_filled == _blockSize)
            {
                _checksums.Add(_block.GetCurrentHashAsUInt32());
                _block.Reset();
                _filled = 0;
            }
        }
    }

    /// <summary>Adds the checksums of every block, the short last one included, to <paramref name="table"/>.</summary>
    public void CompleteInto(List<uint> table)
    {
        if (_filled > 0)
        {
            _checksums.Add(_block.GetCurrentHashAsUInt32());
            _block.Reset();
            _filled = 0;
        }

        table.AddRange(_checksums);
        _checksums.Clear();
    }
}
