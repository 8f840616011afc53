using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Tests.Shared;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>
/// Measures lay-term resolution on a test set written separately from the lexicon (variants, inflections, filler words,
/// typos in five languages). The figures are quoted in docs/VOCABULARY.md.
/// </summary>
public sealed class LayTermQualityTests(ITestOutputHelper output)
{
    private static IReadOnlyList<LayTermEntry> TestSet() =>
        LayTermLexicon.Parse(new StringReader(File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "tests", "Causa.Core.Tests", "Vocabulary", "lay_term_testset.tsv"))));

    [Fact]
    public void Test_set_is_separate_from_the_lexicon_and_covers_five_languages()
    {
        var lexicon = LayTermLexicon.All.Select(e => TermText.Normalize(e.Phrase)).ToHashSet(StringComparer.Ordinal);
        var overlap = TestSet().Where(t => lexicon.Contains(TermText.Normalize(t.Phrase))).Select(t => t.Phrase).ToList();
        Assert.Empty(overlap);
        Assert.True(TestSet().Count >= 300, $"only {TestSet().Count} phrases");
        Assert.All(LayTermLexicon.Languages, l => Assert.True(TestSet().Count(t => t.Language == l) >= 45, l));
    }

    [Fact]
    public void Lay_terms_resolve_top_1_to_the_right_preferred_term_at_least_95_percent()
    {
        var resolver = new TermResolver();
        var set = TestSet();
        var wrong = new List<string>();
        foreach (var t in set)
        {
            var r = resolver.Lookup(t.Phrase);
            if (!string.Equals(r.Match, t.PreferredTerm, StringComparison.Ordinal))
            {
                wrong.Add($"{t.Language} '{t.Phrase}' → {r.Match ?? r.Kind.ToString()} (expected {t.PreferredTerm})");
            }
        }

        foreach (var language in LayTermLexicon.Languages)
        {
            var inLanguage = set.Where(t => t.Language == language).ToList();
            var ok = inLanguage.Count(t => string.Equals(resolver.Lookup(t.Phrase).Match, t.PreferredTerm, StringComparison.Ordinal));
            output.WriteLine($"{language}: {ok}/{inLanguage.Count}");
        }

        var accuracy = 1 - ((double)wrong.Count / set.Count);
        output.WriteLine($"top-1 accuracy {accuracy:P1} ({set.Count - wrong.Count}/{set.Count})");
        wrong.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.95, $"top-1 accuracy {accuracy:P1}; misses:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Lexicon_covers_the_300_most_frequent_preferred_terms_of_the_real_samples()
    {
        var top = FaersEventSample.MostFrequentTerms(300);
        var covered = LayTermLexicon.All.Select(e => e.PreferredTerm).ToHashSet(StringComparer.Ordinal);
        var missing = top.Where(t => !covered.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "PTs without lay terms: " + string.Join(", ", missing));
        foreach (var language in LayTermLexicon.Languages)
        {
            var inLanguage = LayTermLexicon.All.Where(e => e.Language == language).Select(e => e.PreferredTerm).ToHashSet(StringComparer.Ordinal);
            Assert.True(top.All(inLanguage.Contains), $"{language} misses: " + string.Join(", ", top.Where(t => !inLanguage.Contains(t))));
        }
    }
}
