using System.Text.RegularExpressions;
using Causa.Core.Sources;

namespace Causa.Core.Tests.Sources;

/// <summary>
/// <see cref="IndicationImporter.CleanCondition"/> cleans a wording exactly as the regular expression it was first written
/// with: every wording of the real indication sources, and made-up wordings around the edges of a word.
/// </summary>
public sealed class CleanConditionTests
{
    // The reference: the rule as the importer first wrote it, compiled here, independent of the code under test.
    private static readonly Regex Noise = new(@"\b(NOS|NEC|unspecified|not elsewhere classified|\(ADDED\))\b|\(ADDED\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Reference(string text) =>
        string.Join(' ', Noise.Replace(text.Split(';')[0], " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Every_wording_of_the_real_indication_sources_cleans_as_the_regular_expression_cleans_it()
    {
        var wordings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in new[] { RealSources.DrugCentral, RealSources.Medi, RealSources.PharmacotherapyDb, RealSources.SiderIndications })
        {
            foreach (var entry in source.Indications)
            {
                wordings.Add(entry.Condition);
            }
        }

        var changed = 0;
        foreach (var wording in wordings)
        {
            var expected = Reference(wording);
            Assert.Equal(expected, IndicationImporter.CleanCondition(wording));
            changed += expected == wording ? 0 : 1;
        }

        // The comparison covers wordings the rule changes, not only ones it leaves alone.
        Assert.True(wordings.Count > 5_000, $"{wordings.Count} wordings");
        Assert.True(changed > 100, $"{changed} wordings changed");
    }

    [Theory]
    [InlineData("Hypertension NOS")]
    [InlineData("NOS hypertension")]
    [InlineData("nos")]
    [InlineData("Pain, unspecified site")]
    [InlineData("Anxiety (ADDED)")]
    [InlineData("Anxiety(added)x")]
    [InlineData("x(ADDED)")]
    [InlineData("(ADDED)(ADDED)")]
    [InlineData("NOSE bleed")]
    [InlineData("DIAGNOS")]
    [InlineData("NOS_X")]
    [InlineData("X_NOS")]
    [InlineData("NOS1")]
    [InlineData("1NEC")]
    [InlineData("Fever, not elsewhere classified")]
    [InlineData("Fever not elsewhere  classified")]
    [InlineData("Fever not elsewhere classifieds")]
    [InlineData("Fever-NOS-NEC")]
    [InlineData("  Depression ;  NOS")]
    [InlineData("Unspecified NEC nos (Added) Condition")]
    [InlineData("Café NOS")]
    [InlineData("Ménière's disease NEC")]
    [InlineData("NOSé")]
    [InlineData("éNOS")]
    [InlineData("Kelvin \u212A NOS")]
    [InlineData("")]
    [InlineData(";")]
    public void Edge_wordings_clean_as_the_regular_expression_cleans_them(string wording) =>
        Assert.Equal(Reference(wording), IndicationImporter.CleanCondition(wording));

    [Fact]
    public void Wordings_made_of_noise_words_and_separators_clean_as_the_regular_expression_cleans_them()
    {
        string[] parts = ["NOS", "nos", "NEC", "Nec", "unspecified", "UNSPECIFIED", "not elsewhere classified", "(ADDED)", "(added)", "pain", "_", "1", " ", ",", "-", "(", ")", "x"];
        var random = new Random(20261130);
        for (var n = 0; n < 20_000; n++)
        {
            var count = random.Next(1, 7);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => parts[random.Next(parts.Length)]));
            Assert.Equal(Reference(text), IndicationImporter.CleanCondition(text));
        }
    }
}
