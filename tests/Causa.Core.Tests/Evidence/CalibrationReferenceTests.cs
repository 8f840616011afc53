using Causa.Core.Tests.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Evidence;

public sealed class CalibrationReferenceTests
{
    [Fact]
    public void Every_pair_has_a_source_and_no_pair_is_listed_twice()
    {
        var all = CalibrationReference.All;
        Assert.True(all.Count >= 400, $"{all.Count} pairs");
        Assert.All(all, static p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        var keys = all.Select(static p => (p.Drug.ToLowerInvariant(), p.EventTerm.ToLowerInvariant())).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void The_split_column_is_the_hash_of_the_pair_and_holds_about_30_percent_with_both_truths()
    {
        var all = CalibrationReference.All;
        Assert.Empty(all.Where(static p => p.IsTest != CalibrationReference.IsTestPair(p.Drug, p.EventTerm)).Select(static p => $"{p.Drug}|{p.EventTerm}"));
        var share = all.Count(static p => p.IsTest) / (double)all.Count;
        Assert.InRange(share, 0.22, 0.38);
        Assert.True(all.Count(static p => p.IsTest && p.IsTrue) >= 30);
        Assert.True(all.Count(static p => p.IsTest && !p.IsTrue) >= 30);
    }

    [Fact]
    public void Drugs_are_DrugCentral_ingredients_and_events_are_real_preferred_terms()
    {
        var drugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(TestData.PathOf("drugnames", "drugcentral_2016", "identifiers.tsv")).Skip(1))
        {
            drugs.Add(line.Split('\t')[1].Trim('"'));
        }

        Assert.Empty(CalibrationReference.All.Where(p => !drugs.Contains(p.Drug)).Select(static p => p.Drug).Distinct());
        Assert.Empty(CalibrationReference.All.Where(static p => !RealPreferredTermSet.Real.Contains(p.EventTerm)).Select(static p => p.EventTerm).Distinct());
    }

    [Fact]
    public void The_OMOP_part_keeps_the_published_proportions_per_outcome()
    {
        // Ryan et al. 2013: 81/37, 24/64, 36/66 and 24/67 positive/negative controls; 19 rows without a DrugCentral ingredient are left out.
        var omop = CalibrationReference.All.Where(static p => p.Source.StartsWith("OMOP reference set", StringComparison.Ordinal)).ToList();
        Assert.Equal(380, omop.Count);
        Assert.Equal(4, omop.Select(static p => p.EventTerm).Distinct().Count());
        Assert.InRange(omop.Count(static p => p.IsTrue), 155, 165);
    }

    [Theory]
    [InlineData("ciprofloxacin", "Tendon rupture", true)]
    [InlineData("metformin", "Alopecia", false)]
    [InlineData("isoniazid", "Hepatotoxicity", true)]
    [InlineData("fluoxetine", "Gastrointestinal haemorrhage", true)]
    [InlineData("adenosine", "Hepatotoxicity", false)]
    [InlineData("rifampicin", "Hepatotoxicity", true)]
    [InlineData("simvastatin", "Rhabdomyolysis", true)]
    [InlineData("mirtazapine", "Anaphylactic reaction", false)]
    [InlineData("lisinopril", "Ingrowing nail", false)]
    public void Pairs_from_each_source_carry_the_truth_the_source_gives(string drug, string eventTerm, bool truth) =>
        Assert.Equal(truth, CalibrationReference.All.Single(p => p.Drug == drug && p.EventTerm == eventTerm).IsTrue);
}
