using Causa.Core.Vocabulary;

namespace Causa.Core.Tests.Vocabulary;

public sealed class TermResolverTests
{
    private static readonly TermResolver Resolver = new();

    [Theory]
    [InlineData("backache", "Back pain", TermMatchKind.LayTerm, "en")]
    [InlineData("belly fat", "Weight increased", TermMatchKind.LayTerm, "en")]
    [InlineData("can't sleep", "Insomnia", TermMatchKind.LayTerm, "en")]
    [InlineData("restless legs", "Restless legs syndrome", TermMatchKind.LayTerm, "en")]
    [InlineData("brain fog", "Cognitive disorder", TermMatchKind.LayTerm, "en")]
    [InlineData("pins and needles", "Paraesthesia", TermMatchKind.LayTerm, "en")]
    [InlineData("rugpijn", "Back pain", TermMatchKind.Language, "nl")]
    [InlineData("hoofdpijn", "Headache", TermMatchKind.Language, "nl")]
    [InlineData("angst", "Anxiety", TermMatchKind.Language, "nl")]
    [InlineData("Rückenschmerzen", "Back pain", TermMatchKind.Language, "de")]
    [InlineData("mal de dos", "Back pain", TermMatchKind.Language, "fr")]
    [InlineData("dolor de espalda", "Back pain", TermMatchKind.Language, "es")]
    public void Everyday_words_resolve_to_their_preferred_term(string text, string term, TermMatchKind kind, string language)
    {
        var r = Resolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(kind, r.Kind);
        Assert.Equal(language, r.Language);
        Assert.Equal(1, r.Confidence);
    }

    [Fact]
    public void Preferred_terms_match_themselves_in_any_case()
    {
        var r = Resolver.Lookup("RESTLESS LEGS SYNDROME");
        Assert.Equal("Restless legs syndrome", r.Match);
        Assert.Equal(TermMatchKind.Exact, r.Kind);
    }

    [Fact]
    public void Related_terms_are_listed_but_not_merged()
    {
        var r = Resolver.Lookup("back pain");
        Assert.Equal("Back pain", r.Match);
        Assert.Contains("Sciatica", r.Related);
        Assert.Equal("Sciatica", Resolver.Lookup("sciatica").Match);
    }

    [Fact]
    public void Typos_resolve_as_misspellings_with_lower_confidence()
    {
        var r = Resolver.Lookup("insomina");
        Assert.Equal("Insomnia", r.Match);
        Assert.Equal(TermMatchKind.Misspelling, r.Kind);
        Assert.True(r.Confidence < 1);
    }

    [Fact]
    public void Nothing_resolvable_gives_suggestions()
    {
        var r = Resolver.Lookup("zzqxv");
        Assert.Null(r.Match);
        Assert.Equal(TermMatchKind.Unresolved, r.Kind);
        Assert.Empty(Resolver.Lookup("   ").Suggestions);
    }

    [Fact]
    public void Wordings_of_two_terms_are_ambiguous_with_choices()
    {
        // "oorsuizen en piepen": ringing ears (Tinnitus) and wheezing (Wheezing) in one phrase.
        var r = Resolver.Lookup("oorsuizen en piepen");
        Assert.Equal(TermMatchKind.Ambiguous, r.Kind);
        Assert.Null(r.Match);
        Assert.Equal(["Tinnitus", "Wheezing"], r.Alternatives.Select(a => a.Term).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Known_store_terms_extend_what_matches_exactly()
    {
        var withStore = new TermResolver(null, ["Hepatic steatosis"]);
        Assert.Equal(TermMatchKind.Exact, withStore.Lookup("hepatic steatosis").Kind);
        Assert.Contains("Hepatic steatosis", withStore.Complete("hepatic s"));
    }

    [Fact]
    public void Lexicon_entries_name_only_five_languages()
    {
        Assert.All(LayTermLexicon.All, e => Assert.Contains(e.Language, LayTermLexicon.Languages));
        Assert.True(LayTermLexicon.All.Select(e => e.PreferredTerm).Distinct().Count() >= 300);
    }
}
