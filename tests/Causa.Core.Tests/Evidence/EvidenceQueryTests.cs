using Causa.Core.Evidence;
using Causa.Core.Tests.Sources;
using Causa.Core.Tests.Vocabulary;

namespace Causa.Core.Tests.Evidence;

public sealed class EvidenceQueryTests
{
    [Fact]
    public void Brand_names_and_everyday_words_resolve_to_the_names_the_sources_use()
    {
        var query = new EvidenceQuery(RealSources.All, RealVocabulary.All, store: null);
        Assert.Equal("MIRTAZAPINE", query.ResolveDrug("Remeron 15mg", out _));
        Assert.Equal("TRAZODONE", query.ResolveDrug("trazodone hydrochloride", out _));
        Assert.Equal("Restless legs syndrome", query.ResolveTerm("restless legs", out _));
        Assert.Equal("Fibromyalgia", query.ResolveTerm("fibromyalgia", out _));
        Assert.Null(query.ResolveDrug("zzqxv", out var why));
        Assert.Contains("no ingredient", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_store_the_answer_has_no_report_lines_and_no_period()
    {
        var query = new EvidenceQuery(RealSources.All, RealVocabulary.All, store: null);
        Assert.Null(query.StorePeriod());
        Assert.Null(query.AskStore("MIRTAZAPINE", "Somnolence"));
        var answer = query.Assess("MIRTAZAPINE", "Somnolence");

        // SIDER: somnolence 54% on mirtazapine vs a placebo median of 18% (DOMAIN.md's "54% vs 18% is strong").
        Assert.Equal("established", answer.Cause.Verdict);
        Assert.DoesNotContain(answer.Cause.Lines, l => l.Kind == "reports");
        var label = Assert.Single(answer.Cause.Lines, l => l.Kind == "label");
        Assert.Equal(54.0, label.Numbers["drug_percent_max"]);
        Assert.Equal(18.0, label.Numbers["placebo_percent_median"], 2);

        // The grade compares medians: drug figures 10, 10.4, 53.64 and 54% (SIDER meddra_freq) have the median 32.02%.
        Assert.Equal(32.02, label.Numbers["drug_percent_median"], 2);
    }
}
