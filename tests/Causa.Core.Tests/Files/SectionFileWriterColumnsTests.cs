using Causa.Core.Files;

namespace Causa.Core.Tests.Files;

/// <summary>Columns written a block at a time make the very file that writing each whole column as a section makes.</summary>
public sealed class SectionFileWriterColumnsTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(1, 4)]
    [InlineData(5, 2)]
    [InlineData(1001, 64)]
    [InlineData(1001, 5000)]
    public void Blocks_give_the_bytes_of_whole_sections(int length, int block)
    {
        var random = new Random(length);
        var columns = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, length).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var ints = Enumerable.Range(0, length).Select(i => i * 7).ToArray();

        var whole = SectionFileWriter.ToBytes("CAUSATST"u8, 1, w =>
        {
            // An odd-sized section first, so the columns start after padding.
            w.Array(1, new byte[] { 1, 2, 3 });
            w.Array(2, columns[0]);
            w.Array(3, columns[1]);
            w.Array(4, columns[2]);
            w.Array(5, ints);
            w.Array(6, new[] { 9.5 });
        });
        var blocks = SectionFileWriter.ToBytes("CAUSATST"u8, 1, w =>
        {
            w.Array(1, new byte[] { 1, 2, 3 });
            w.Columns<double>([2, 3, 4], length, block, (start, count, target) =>
            {
                for (var k = 0; k < 3; k++)
                {
                    columns[k].AsSpan(start, count).CopyTo(target[k]);
                }
            });
            w.Columns<int>([5], length, block, (start, count, target) => ints.AsSpan(start, count).CopyTo(target[0]));
            w.Array(6, new[] { 9.5 });
        });

        Assert.Equal(whole, blocks);
        using var file = MappedSectionFile.FromBytes(blocks, "test", "CAUSATST"u8, 1, "test");
        Assert.Equal(columns[2], file.Get<double>(4).ToArray());
    }
}
