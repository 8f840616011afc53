using Causa.Core.Names;
using Causa.Core.Resolution;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>
/// A multi-word condition whose modifier names a body site keeps its site: it resolves to the site's preferred term or
/// to nothing, never to the generic head term ("esophageal cancer" is not Neoplasm malignant).
/// </summary>
public sealed class ConditionWordTests
{
    // Every preferred term of the real label and FAERS files (SIDER 4.1 and TAKMU's 18,654 PTs), as a store would know them.
    private static readonly Lazy<TermResolver> RealStore = new(() => new TermResolver(null, RealPreferredTermSet.Real));

    private static readonly TermResolver LexiconOnly = new();

    [Theory]
    [InlineData("esophageal cancer", "Oesophageal carcinoma")]
    [InlineData("oesophageal cancer", "Oesophageal carcinoma")]
    [InlineData("Esophageal Carcinoma", "Oesophageal carcinoma")]
    [InlineData("cancer of the esophagus", "Oesophageal carcinoma")]
    [InlineData("lung cancer", "Lung neoplasm malignant")]
    [InlineData("pulmonary carcinoma", "Lung neoplasm malignant")]
    [InlineData("breast cancer", "Breast cancer")]
    [InlineData("stomach cancer", "Gastric cancer")]
    [InlineData("kidney cancer", "Renal cancer")]
    [InlineData("pancreas cancer", "Pancreatic carcinoma")]
    [InlineData("liver injury", "Liver injury")]
    [InlineData("hepatic injury", "Liver injury")]
    [InlineData("kidney injury", "Renal injury")]
    [InlineData("skin rash", "Rash")]
    public void A_site_and_a_head_resolve_to_the_sites_preferred_term(string text, string term)
    {
        Assert.Contains(term, RealPreferredTermSet.Real);
        var r = RealStore.Value.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.True(r.Confidence >= 0.9, $"{text}: {r.Kind} {r.Confidence}");
    }

    // Every typed word is in the term and the term adds only a generic head (disorder, syndrome, disease...): a full reading.
    [Theory]
    [InlineData("post traumatic stress", "Post-traumatic stress disorder")]
    [InlineData("obsessive compulsive", "Obsessive-compulsive disorder")]
    [InlineData("irritable bowel", "Irritable bowel syndrome")]
    [InlineData("restless legs", "Restless legs syndrome")]
    [InlineData("gastroesophageal reflux", "Gastrooesophageal reflux disease")]
    [InlineData("Ischemic stroke", "Ischaemic stroke")]
    [InlineData("Vitamin B12 deficiency", "Vitamin B12 deficiency")]
    public void Condition_words_keep_their_meaning_among_every_real_preferred_term(string text, string term)
    {
        Assert.Contains(term, RealPreferredTermSet.Real);
        var r = RealStore.Value.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.True(r.Confidence >= 0.9, $"{text}: {r.Kind} {r.Confidence}");
    }

    [Theory]
    [InlineData("esophageal cancer")]
    [InlineData("oesophageal cancer")]
    [InlineData("lung cancer")]
    [InlineData("pancreatic cancer")]
    [InlineData("ovarian cancer")]
    public void Without_the_sites_term_the_generic_head_is_offered_never_taken(string text)
    {
        var r = LexiconOnly.Lookup(text);
        Assert.NotEqual("Neoplasm malignant", r.Match);
        Assert.NotEqual("Injury", r.Match);
        Assert.Null(r.Match);
    }

    [Fact]
    public void A_site_adjective_reads_the_lexicons_site_wording_not_the_generic_head()
    {
        // The lexicon names liver damage (Liver disorder) but no Liver injury: the site is kept either way.
        var r = LexiconOnly.Lookup("hepatic injury");
        Assert.NotEqual("Injury", r.Match);
    }

    [Theory]
    [InlineData("itching skin", "Pruritus")]
    public void A_site_the_vocabulary_never_pairs_with_the_condition_may_be_dropped(string text, string term) =>
        Assert.Equal(term, LexiconOnly.Lookup(text).Match);

    [Fact]
    public void A_word_that_specialises_nothing_may_still_be_dropped()
    {
        // "killing" names no site: the partial reading stays.
        var r = LexiconOnly.Lookup("my lower back is killing me");
        Assert.Equal("Back pain", r.Match);
        Assert.Equal(TermMatchKind.Partial, r.Kind);
    }

    [Theory]
    [InlineData("esophageal", true)]
    [InlineData("oesophageal", true)]
    [InlineData("hepatic", true)]
    [InlineData("liver", true)]
    [InlineData("killing", false)]
    [InlineData("cancer", false)]
    public void Site_words_are_recognised_in_content_key_form(string word, bool site) =>
        Assert.Equal(site, ConditionWords.IsSite(TermText.ContentKey(TermText.Normalize(word))));

    [Fact]
    public void Noun_and_adjective_of_one_site_and_equivalent_heads_share_a_site_key()
    {
        static string? Key(string s) => ConditionWords.SiteKey(TermText.ContentKey(TermText.Normalize(s)));
        Assert.Equal(Key("Oesophageal carcinoma"), Key("esophagus cancer"));
        Assert.Equal(Key("Lung neoplasm malignant"), Key("pulmonary cancer"));
        Assert.Equal(Key("Liver injury"), Key("hepatic damage"));
        Assert.NotEqual(Key("Liver injury"), Key("kidney injury"));
        Assert.Null(Key("cancer"));
    }
}
