using Causa.Core.Names;
using Causa.Core.Tests.Vocabulary;

namespace Causa.Core.Tests.Names;

public sealed class FuzzyNameIndexTests
{
    [Fact]
    public void The_deletion_index_finds_exactly_what_the_scan_finds_within_one_edit()
    {
        // Given every real ingredient name, indexed both ways
        var names = RealVocabulary.All.Ingredients.Where(n => n.Length >= 4).ToList();
        var scan = new FuzzyNameIndex(names);
        var indexed = new FuzzyNameIndex(names, indexOneEdit: true);

        // When queried with the names themselves, one random edit of each kind and unrelated strings
        var random = new Random(20261130);
        const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ ";
        var queries = new List<string>();
        foreach (var name in names.Where((_, i) => i % 7 == 0))
        {
            var at = random.Next(name.Length);
            var letter = Letters[random.Next(Letters.Length)];
            queries.Add(name);
            queries.Add(name.Remove(at, 1));
            queries.Add(name.Insert(at, letter.ToString()));
            queries.Add(name.Remove(at, 1).Insert(at, letter.ToString()));
            if (at + 1 < name.Length)
            {
                queries.Add(string.Concat(name.AsSpan(0, at), name[at + 1].ToString(), name[at].ToString(), name.AsSpan(at + 2)));
            }

            queries.Add(new string([.. Enumerable.Range(0, name.Length).Select(_ => Letters[random.Next(26)])]));
        }

        // Then both give the same names at the same distance
        var found = 0;
        foreach (var q in queries)
        {
            var expected = scan.FindNearest(q, 1);
            var actual = indexed.FindNearest(q, 1);
            Assert.True(expected.Names.SequenceEqual(actual.Names), $"{q}: [{string.Join(", ", expected.Names)}] vs [{string.Join(", ", actual.Names)}]");
            Assert.Equal(expected.Distance, actual.Distance);
            found += actual.Names.Count > 0 ? 1 : 0;
        }

        Assert.True(queries.Count > 10_000, $"{queries.Count} queries");
        Assert.True(found > queries.Count / 2, $"{found} of {queries.Count} queries found a name: the test must exercise matches");
    }

    [Fact]
    public void Two_edits_still_use_the_scan()
    {
        var indexed = new FuzzyNameIndex(["MIRTAZAPINE", "SERTRALINE"], indexOneEdit: true);
        var (names, distance) = indexed.FindNearest("MIRTAZEPIN", 2);
        Assert.Equal(["MIRTAZAPINE"], names);
        Assert.Equal(2, distance);
        Assert.Empty(indexed.FindNearest("MIRTAZEPIN", 1).Names);
    }
}
