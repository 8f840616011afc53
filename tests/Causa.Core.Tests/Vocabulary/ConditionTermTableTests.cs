using Causa.Core.Names;
using Causa.Core.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

public sealed class ConditionTermTableTests
{
    /// <summary>The real files' preferred terms (<see cref="RealPreferredTermSet.Real"/>), compared without regard to case.</summary>
    private static readonly Lazy<HashSet<string>> RealPreferredTerms = new(() => new HashSet<string>(RealPreferredTermSet.Real, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Every_mapped_term_is_a_preferred_term_spelled_as_the_real_data_spells_it()
    {
        var pts = RealPreferredTerms.Value;
        Assert.True(pts.Count > 5_000, $"only {pts.Count} preferred terms read");
        Assert.Empty(ConditionTermTable.Entries.Select(static e => e.Term).Where(t => !pts.Contains(t)).Distinct());
        Assert.Empty(ConditionTermTable.Families.SelectMany(static p => new[] { p.Broader, p.Narrower }).Where(t => !pts.Contains(t)).Distinct());
    }

    [Fact]
    public void No_wording_is_listed_twice_and_none_is_already_a_preferred_term()
    {
        var pts = RealPreferredTerms.Value;
        var keys = ConditionTermTable.Entries.Select(static e => TermText.Normalize(e.Wording)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(ConditionTermTable.Entries, e => pts.Contains(e.Wording));
        Assert.True(ConditionTermTable.Entries.Count >= 300, $"{ConditionTermTable.Entries.Count} rows");
    }

    [Theory]
    [InlineData("Major Depressive Disorder", "Major depression")]
    [InlineData("major depressive disorder", "Major depression")]
    [InlineData("Hypercholesterolemia", "Hypercholesterolaemia")]
    [InlineData("type II diabetes mellitus [non-insulin dependent type] [NIDDM type] [adult-onset type] or type", "Type 2 diabetes mellitus")]
    [InlineData("Persistent disorder of initiating or maintaining sleep", "Insomnia")]
    [InlineData("Congestive heart failure (CHF)", "Cardiac failure congestive")]
    [InlineData("Panic Disorder", "Panic disorder")]
    [InlineData("social phobia", "Social phobia")]
    public void Source_wordings_map_whatever_their_case_and_punctuation(string wording, string expected) =>
        Assert.Equal(expected, ConditionTermTable.Map(wording));

    [Theory]
    [InlineData("")]
    [InlineData("Sunscreen agent")]
    [InlineData("Hiccups")]
    public void Wordings_not_in_the_table_map_to_nothing(string wording) => Assert.Null(ConditionTermTable.Map(wording));

    [Fact]
    public void Families_hold_one_way_only_and_are_not_chained()
    {
        Assert.True(ConditionTermTable.IsNarrower("Depression", "Major depression"));
        Assert.True(ConditionTermTable.IsNarrower("depression", "MAJOR DEPRESSION"));
        Assert.False(ConditionTermTable.IsNarrower("Major depression", "Depression"));
        Assert.False(ConditionTermTable.IsNarrower("Depression", "Depression"));

        // Dyslipidaemia ⊃ Hypercholesterolaemia ⊃ Type IIa hyperlipidaemia is listed pair by pair, not inferred.
        Assert.True(ConditionTermTable.IsNarrower("Hypercholesterolaemia", "Type IIa hyperlipidaemia"));
        Assert.False(ConditionTermTable.IsNarrower("Dyslipidaemia", "Type IIa hyperlipidaemia"));
    }

    [Theory]
    [InlineData("Musculoskeletal pain", "Back pain")]
    [InlineData("Pain", "Back pain")]
    [InlineData("Pain", "Fibromyalgia")]
    [InlineData("Pain", "Musculoskeletal pain")]
    [InlineData("Neuralgia", "Diabetic neuropathy")]
    [InlineData("Headache", "Migraine")]
    [InlineData("Sleep disorder", "Insomnia")]
    [InlineData("Insomnia", "Initial insomnia")]
    [InlineData("Depression", "Seasonal affective disorder")]
    [InlineData("Sexual dysfunction", "Erectile dysfunction")]
    public void Help_question_families_hold_from_broader_to_narrower_only(string broader, string narrower)
    {
        Assert.True(ConditionTermTable.IsNarrower(broader, narrower));
        Assert.False(ConditionTermTable.IsNarrower(narrower, broader));
    }

    [Theory]
    // Marked "covers" in condition_families.tsv, each with the page it rests on: duloxetine's US label says its chronic
    // musculoskeletal pain approval was established in chronic low back pain and osteoarthritis pain.
    [InlineData("Musculoskeletal pain", "Back pain", true)]
    [InlineData("Musculoskeletal pain", "Arthralgia", true)]
    [InlineData("Depression", "Major depression", true)]
    [InlineData("Insomnia", "Initial insomnia", true)]
    // Families, but a broad indication is not an approval for the narrower condition.
    [InlineData("Pain", "Fibromyalgia", false)]
    [InlineData("Pain", "Back pain", false)]
    [InlineData("Pain", "Migraine", false)]
    [InlineData("Sleep disorder", "Restless legs syndrome", false)]
    [InlineData("Headache", "Migraine", false)]
    [InlineData("Musculoskeletal pain", "Neck pain", false)]
    [InlineData("Back pain", "Musculoskeletal pain", false)]
    public void A_broader_indication_covers_a_narrower_condition_only_where_the_table_says_so(string broader, string narrower, bool covers) =>
        Assert.Equal(covers, ConditionTermTable.Covers(broader, narrower));

    [Fact]
    public void Family_lines_with_a_source_column_still_read_as_two_terms()
    {
        var pairs = ConditionTermTable.ParsePairs(new StringReader("# block\nPain\tBack pain\tNICE: NG59, https://www.nice.org.uk/guidance/ng59\n"));
        Assert.Equal([("Pain", "Back pain")], pairs);
    }

    [Fact]
    public void Help_question_family_rows_name_their_source()
    {
        // Rows from the "Pain of all kinds" block on were added with a third column naming the page they rest on.
        var lines = File.ReadAllLines(Path.Combine(TestData.RepositoryRoot, "src", "Causa.Core", "Vocabulary", "Resources", "condition_families.tsv"));
        var start = Array.FindIndex(lines, static l => l.StartsWith("# Pain of all kinds", StringComparison.Ordinal));
        Assert.True(start > 0);
        var rows = lines.Skip(start).Where(static l => l.Length > 0 && l[0] != '#').Select(static l => l.Split('\t')).ToList();
        Assert.True(rows.Count >= 50, $"{rows.Count} rows");
        Assert.All(rows, static f => Assert.True((f.Length == 3 || (f.Length == 4 && f[3] == "covers")) && f[2].Contains("https://", StringComparison.Ordinal), string.Join(" | ", f)));
    }
}
