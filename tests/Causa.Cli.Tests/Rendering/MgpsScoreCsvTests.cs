using System.Globalization;
using System.Text;
using Causa.Cli.Rendering;
using Causa.Core.Statistics;

namespace Causa.Cli.Tests.Rendering;

public sealed class MgpsScoreCsvTests
{
    [Fact]
    public void Rows_are_the_text_string_formatting_gives_in_order_across_chunks()
    {
        // Given more rows than one chunk holds, names that need quotes or are not ASCII, and numbers of every form
        var random = new Random(13);
        string[] names = ["ASPIRIN", "A, with comma", "say \"hi\"", "two\nlines", "cr\rhere", "ÉLÉVATION", "头痛", "😀 emoji", string.Empty];
        var pairs = new List<PairCount>();
        var scores = new List<MgpsScore>();
        for (var i = 0; i < 40_000; i++)
        {
            pairs.Add(new PairCount(names[i % names.Length], names[(i / 3) % names.Length], random.Next(0, 100_000), random.NextDouble() * Math.Pow(10, random.Next(-8, 9))));
            scores.Add(new MgpsScore(random.NextDouble() * 100, random.NextDouble() * 1e-6, random.NextDouble() * 1e17, random.NextDouble()));
        }

        // When written as UTF-8 chunks
        using var bytes = new MemoryStream();
        MgpsScoreCsv.Write(pairs, scores, (buffer, length) => bytes.Write(buffer, 0, length));

        // Then the text is, byte for byte, what formatting each row as a string gives
        var expected = new StringBuilder("var1,var2,N,E,EBGM,EB05,EB95,Qn\n");
        for (var i = 0; i < pairs.Count; i++)
        {
            var (pair, score) = (pairs[i], scores[i]);
            expected.Append(CultureInfo.InvariantCulture, $"{Quoted(pair.Var1)},{Quoted(pair.Var2)},{pair.N},{pair.E:R},{score.Ebgm:R},{score.Eb05:R},{score.Eb95:R},{score.Qn:R}\n");
        }

        Assert.Equal(new UTF8Encoding(false).GetBytes(expected.ToString()), bytes.ToArray());
    }

    [Fact]
    public void An_empty_table_is_the_header_alone()
    {
        using var bytes = new MemoryStream();

        MgpsScoreCsv.Write([], [], (buffer, length) => bytes.Write(buffer, 0, length));

        Assert.Equal("var1,var2,N,E,EBGM,EB05,EB95,Qn\n", Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private static string Quoted(string name) =>
        name.AsSpan().IndexOfAny(",\"\n\r") < 0 ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
