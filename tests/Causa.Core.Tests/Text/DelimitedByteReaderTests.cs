using System.Text;
using Causa.Core.Text;

namespace Causa.Core.Tests.Text;

/// <summary>The byte reader gives the records <see cref="DelimitedReader"/> (a separate, character-at-a-time
/// implementation) gives for the same text, whatever the size of the reads, plus hand-written cases of its own.</summary>
public sealed class DelimitedByteReaderTests
{
    public static TheoryData<string> Inputs() =>
    [
        "a,b,c\n1,2,3\n",
        "a,\"b,c\",d\n",
        "\"say \"\"hi\"\"\",x\n",
        "\"line one\nline two\",z\nnext,row\n",
        "\"a\r\nb\",c\r\n\"d\re\",f",
        "a,b\r\nc,d\ne,f\rg,h",
        "\n\r\n\ra,b\n\n\nc,d\n\n",
        "x,\"open\nand never closed",
        "ab\"cd,\"ef\"gh,i\n",
        "\uFEFFvar1,var2\nÄrzte,Übelkeit\n",
        "\uFEFF\uFEFFa\n",
        "naïve,日本語,\"ü\"\"ß\"\r\n,,\n",
        ",\n,\n",
        "last line without break",
        "\r",
        string.Empty,
        "a,\"\"\"\",b\n\"\",c\n",
        "end with cr\r",
        "quote at end \"",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Records_match_the_character_reader_at_every_buffer_size(string text)
    {
        var expected = DelimitedReader.Records(new StringReader(text), DelimitedFormat.Csv).ToArray();
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var bufferSize in new[] { 4, 5, 6, 7, 8, 13, 1 << 20 })
        {
            Assert.Equal(Describe(expected), Describe(ReadAll(new MemoryStream(bytes), bufferSize)));
            Assert.Equal(Describe(expected), Describe(ReadAll(new TrickleStream(bytes), bufferSize)));
        }
    }

    [Fact]
    public void Fields_are_utf8_spans_and_line_numbers_count_breaks_inside_quotes()
    {
        using var reader = new DelimitedByteReader(new MemoryStream("id,name\n1,\"two\nlines\"\n\n3,\"Ä\"\"\"\n"u8.ToArray()), DelimitedFormat.Csv);

        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.Equal(2, reader.Line);
        Assert.Equal("two\nlines", reader.FieldText(1));
        Assert.True(reader.Read());
        Assert.Equal(5, reader.Line);
        Assert.True("Ä\""u8.SequenceEqual(reader.Field(1)));
        Assert.Equal("3,\"Ä\"\"\"", reader.RecordText);
        Assert.False(reader.Read());
        Assert.Equal(5, reader.LinesRead);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read_as_its_text()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("var1,var2\nÄ,b\n")).ToArray();
        using var reader = DelimitedByteReader.Open(new MemoryStream(bytes), DelimitedFormat.Csv);

        Assert.True(reader.Read());
        Assert.Equal("var1", reader.FieldText(0));
        Assert.True(reader.Read());
        Assert.Equal("Ä", reader.FieldText(0));
        Assert.True(reader.Transcoded);
    }

    [Fact]
    public void Lines_are_counted_as_the_reader_counts_them()
    {
        Assert.Equal(4, DelimitedByteReader.CountLines("a\r\nb\nc\rd\n"u8));
        Assert.Equal(0, DelimitedByteReader.CountLines("abc"u8));
        Assert.Equal(2, DelimitedByteReader.CountLines("\r\r\n"u8));
    }

    private static List<DataRow> ReadAll(Stream stream, int bufferSize)
    {
        using var reader = new DelimitedByteReader(stream, DelimitedFormat.Csv, bufferSize: bufferSize);
        var rows = new List<DataRow>();
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(reader.FieldText).ToArray();
            rows.Add(new DataRow(reader.Line, reader.RecordText, fields) { Problem = reader.Problem });
        }

        return rows;
    }

    private static string Describe(IEnumerable<DataRow> rows) =>
        string.Join(" | ", rows.Select(r => $"{r.Line}:[{string.Join("¦", r.Fields)}]:{r.Text}:{r.Problem}"));

    /// <summary>A stream that hands out one byte per read, as a slow pipe might.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
