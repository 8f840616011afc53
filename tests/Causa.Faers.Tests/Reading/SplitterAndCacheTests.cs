using System.Text;
using Causa.Faers.Reading;

namespace Causa.Faers.Tests.Reading;

public sealed class SplitterAndCacheTests
{
    [Fact]
    public void Splitting_agrees_with_string_split_for_every_length_and_dollar_position()
    {
        var random = new Random(20241121);
        var splitter = new FieldSplitter(200);
        for (var length = 0; length < 150; length++)
        {
            for (var trial = 0; trial < 20; trial++)
            {
                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = random.Next(4) == 0 ? '$' : (char)('a' + random.Next(26));
                }

                var text = new string(chars);
                var bytes = Encoding.ASCII.GetBytes(text);
                var expected = text.Split('$');

                var row = splitter.Split(bytes, 1);

                Assert.Equal(expected.Length, row.FieldCount);
                for (var f = 0; f < expected.Length; f++)
                {
                    Assert.Equal(expected[f].Trim(' ', '\t'), Encoding.ASCII.GetString(row[f]));
                }
            }
        }
    }

    [Fact]
    public void Fields_beyond_the_capacity_are_counted_but_not_kept()
    {
        var splitter = new FieldSplitter(3);

        var row = splitter.Split("a$b$c$d$e"u8, 7);

        Assert.Equal(5, row.FieldCount);
        Assert.Equal("c", Encoding.ASCII.GetString(row[2]));
        Assert.True(row[3].IsEmpty);
        Assert.Equal(7, row.LineNumber);
    }

    [Fact]
    public void The_byte_cache_returns_one_instance_per_text_across_growth_and_tables()
    {
        var pool = new StringPool();
        var drugTable = new ByteStringCache(pool);
        var reacTable = new ByteStringCache(pool);
        var first = new Dictionary<int, string>();

        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 20_000; i++)
            {
                var value = drugTable.Intern(Encoding.ASCII.GetBytes("DRUG " + i));
                Assert.Equal("DRUG " + i, value);
                if (round == 0)
                {
                    first[i] = value;
                }
                else
                {
                    Assert.Same(first[i], value);
                }
            }
        }

        Assert.Same(first[123], reacTable.Intern("DRUG 123"u8));
        Assert.Same(string.Empty, drugTable.Intern([]));
        Assert.Equal(20_000, pool.Count);
    }
}
