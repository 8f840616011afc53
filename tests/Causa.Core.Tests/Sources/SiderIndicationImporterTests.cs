using Causa.Core.Sources;
using Causa.Tests.Shared;
using Causa.TestSupport;

namespace Causa.Core.Tests.Sources;

/// <summary>
/// SIDER 4.1's <c>meddra_all_indications</c> on the real file. Expected values are counted over the raw file without Causa:
/// <code>
/// zcat meddra_all_indications.tsv.gz | awk -F'\t' '{n[$3" "$5]++} END {for (k in n) print k, n[k]}'
/// python3 -c "import gzip; names = dict(l.rstrip('\n').split('\t') for l in open('drug_names.tsv'));
///   rows = [l.rstrip('\n').split('\t') for l in gzip.open('meddra_all_indications.tsv.gz', 'rt')];
///   print(sorted({r[6] for r in rows if names.get(r[0]) == 'gabapentin' and r[2] == 'NLP_indication' and r[4] == 'PT'}))"
/// </code>
/// (in ../shared/data/labels/sider4.1; the second with each drug name below; rows whose STITCH id drug_names.tsv lacks:
/// <c>sum(1 for r in rows if r[2] == 'NLP_indication' and r[4] == 'PT' and r[0] not in names)</c> = 150).
/// </summary>
public sealed class SiderIndicationImporterTests
{
    [Fact]
    public void Every_row_is_read_and_only_text_mined_indications_as_preferred_terms_are_used()
    {
        var info = RealSources.SiderIndications.Info;

        // 5,110 NLP_indication PT + 4,640 NLP_indication LLT + 17 NLP_indication of neither type
        // + 17,390 text_mention + 3,678 NLP_precondition = 30,835 rows.
        Assert.Equal(30_835, info.RowsRead);
        Assert.Equal(4_640 + 17 + 17_390 + 3_678, info.RowsSkipped);
        // Each NLP_indication PT row is used or rejected: 150 of them (70 compounds) have a STITCH id drug_names.tsv does not
        // name; others a name that is no single ingredient (combinations, "v").
        Assert.Equal(5_110, info.RowsAccepted + info.RowsRejected);
        Assert.InRange(info.RowsRejected, 150, 250);
        Assert.Contains(info.Rejections, static r => r.Reason == "STITCH id CID100000242 is not in drug_names");
        Assert.Equal(EvidenceSourceKind.SiderIndications, info.Kind);
        Assert.True(info.NonCommercial);
        Assert.Equal(["meddra_all_indications.tsv.gz", "drug_names.tsv"], info.Files);
        Assert.Contains(info.Notes, static n => n.Contains("17,390 text_mention and 3,678 NLP_precondition", StringComparison.Ordinal));
        Assert.All(RealSources.SiderIndications.Indications, static e => Assert.Equal(IndicationCategory.MinedFromLabel, e.Category));
    }

    [Theory]
    [InlineData("GABAPENTIN", "Epilepsy|Grand mal convulsion|Neuralgia|Pain|Partial seizures|Post herpetic neuralgia|Restless legs syndrome")]
    [InlineData("DULOXETINE", "Diabetic neuropathy|Fibromyalgia|Generalised anxiety disorder|Major depression|Musculoskeletal pain|Neuralgia|Stress urinary incontinence")]
    [InlineData("MIRTAZAPINE", "Depression|Dysthymic disorder|Major depression")]
    [InlineData("LORMETAZEPAM", "Insomnia")]
    [InlineData("SERTRALINE", "Agoraphobia|Anger|Anxiety|Compulsions|Depression|Depressive symptom|Dysthymic disorder|Emotional distress|Exaggerated startle response|Irritability|Major depression|Obsessive rumination|Obsessive thoughts|Obsessive-compulsive disorder|Panic disorder|Post-traumatic stress disorder|Premenstrual dysphoric disorder|Sleep disorder|Social phobia")]
    public void A_drugs_entries_are_its_text_mined_indications_as_counted_over_the_raw_file(string ingredient, string expected)
    {
        var terms = RealSources.SiderIndications.Indications.Where(e => e.Ingredient == ingredient).Select(static e => e.Term).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split('|'), terms);
    }

    [Fact]
    public void Mentions_and_preconditions_are_not_read_as_uses()
    {
        // Mirtazapine's label mentions Somnolence (text_mention) and speaks of patients with Renal impairment (NLP_precondition).
        var mirtazapine = RealSources.SiderIndications.Indications.Where(static e => e.Ingredient == "MIRTAZAPINE").Select(static e => e.Term).ToList();
        Assert.DoesNotContain("Somnolence", mirtazapine);
        Assert.DoesNotContain("Renal impairment", mirtazapine);
    }

    [Fact]
    public void The_file_is_recognised_by_its_name()
    {
        Assert.Equal(EvidenceSourceKind.SiderIndications, SourceImporter.Detect(TestData.PathOf("labels", "sider4.1", "meddra_all_indications.tsv.gz")));
    }

    [Fact]
    public void Without_drug_names_beside_it_the_import_fails_with_a_reason()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "meddra_all_indications.tsv");
        File.WriteAllText(path, "CID100000085\tC0015544\tNLP_indication\tFailure to Thrive\tPT\tC0015544\tFailure to thrive\n");

        var result = SiderIndicationImporter.Import(path, RealSources.NewMapper(), RealSources.ImportedAt);

        Assert.False(result.Succeeded);
        Assert.Contains("drug_names.tsv must be in the same folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_line_of_another_layout_fails_naming_the_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "drug_names.tsv"), "CID100000085\tcarnitine\n");
        var path = Path.Combine(folder.Path, "meddra_all_indications.tsv");
        File.WriteAllText(path, "CID100000085\tC0015544\tNLP_indication\n");

        var result = SiderIndicationImporter.Import(path, RealSources.NewMapper(), RealSources.ImportedAt);

        Assert.False(result.Succeeded);
        Assert.StartsWith("meddra_all_indications.tsv:1: expected 7 tab-separated columns", result.Error, StringComparison.Ordinal);
    }
}
