using Causa.Application.Sources;
using Causa.Core.Sources;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>Which sources a folder stands for, checked against the layout of the shared data (see its PROVENANCE.md).</summary>
public sealed class SourceFinderTests
{
    private static string Data(params string[] parts) => Path.GetFullPath(TestData.PathOf(parts));

    [Fact]
    public void A_MEDI_folder_is_one_source_the_full_file()
    {
        // indications/medi holds MEDI_01212013_UMLS.csv.gz (full, with a HIGHPRECISIONSUBSET column) and
        // MEDI_01212013_HPS_0.csv (the subset): every (RXCUI_IN, ICD9) pair of the subset is among the full file's rows
        // flagged 1 (13,379 distinct pairs each, counted with Python's csv module).
        var plan = SourceFinder.Plan([Data("indications", "medi")], null);

        var source = Assert.Single(plan.Sources);
        Assert.Equal(EvidenceSourceKind.Medi, source.Kind);
        Assert.Equal([Data("indications", "medi", "MEDI_01212013_UMLS.csv.gz")], source.Files);
        var subset = Assert.Single(plan.Outcomes);
        Assert.Equal((Data("indications", "medi", "MEDI_01212013_HPS_0.csv"), SourcePathOutcome.Duplicate), (subset.Path, subset.Status));
    }

    [Fact]
    public void PharmacotherapyDB_OnSIDES_and_SIDER_folders_stand_for_their_files()
    {
        var plan = SourceFinder.Plan([Data("indications", "pharmacotherapydb"), Data("labels", "onsides_v2.1.0_sample"), Data("labels", "sider4.1")], null);

        Assert.Equal(
            [
                (EvidenceSourceKind.PharmacotherapyDb, new[] { Data("indications", "pharmacotherapydb", "indications.tsv") }),
                (EvidenceSourceKind.Onsides, [Data("labels", "onsides_v2.1.0_sample", "adverse_reactions.csv"), Data("labels", "onsides_v2.1.0_sample", "boxed_warnings.csv")]),
                (EvidenceSourceKind.Sider, [Data("labels", "sider4.1", "drug_names.tsv"), Data("labels", "sider4.1", "meddra_all_se.tsv.gz"), Data("labels", "sider4.1", "meddra_freq.tsv.gz")]),
                (EvidenceSourceKind.SiderIndications, [Data("labels", "sider4.1", "meddra_all_indications.tsv.gz")]),
            ],
            plan.Sources.Select(static s => (s.Kind, s.Files.ToArray())));

        // The rest is said, not silently dropped: PharmacotherapyDB's README, OnSIDES' seven other files (`ls` lists 9),
        // SIDER's README, ATC table and term list (`ls` lists 7; its indications are a source of their own).
        Assert.Equal(1 + 7 + 3, plan.Outcomes.Count);
        Assert.Contains(plan.Outcomes, o => o.Path.EndsWith("warnings_and_precautions.csv", StringComparison.Ordinal) && o.Status == SourcePathOutcome.Skipped);
        Assert.All(plan.Outcomes, static o => Assert.False(string.IsNullOrWhiteSpace(o.Reason)));
    }

    [Fact]
    public void A_folder_of_count_table_parts_is_one_source_and_a_folder_of_matrices_is_one_per_file()
    {
        var plan = SourceFinder.Plan([Data("faers_more", "takmu_antidepressants_2014q3_2023q4"), Data("faers_more", "pvebayes_faers_contingency")], null);

        Assert.Equal(
            [
                [Data("faers_more", "takmu_antidepressants_2014q3_2023q4")],
                [Data("faers_more", "pvebayes_faers_contingency", "faers_opioid_mental.csv")],
                [Data("faers_more", "pvebayes_faers_contingency", "gbca2025.csv")],
                [Data("faers_more", "pvebayes_faers_contingency", "statin2025.csv")],
            ],
            plan.Sources.Select(static s => s.Files.ToArray()));
        Assert.All(plan.Sources, static s => Assert.Equal(EvidenceSourceKind.Counts, s.Kind));
        Assert.Empty(plan.Outcomes);
    }

    [Fact]
    public void The_same_file_given_twice_is_planned_once()
    {
        var file = Data("indications", "pharmacotherapydb", "indications.tsv");
        var plan = SourceFinder.Plan([file, Data("indications", "pharmacotherapydb"), file], null);

        Assert.Equal([file], Assert.Single(plan.Sources).Files);
        Assert.Equal(
            [(Data("indications", "pharmacotherapydb", "README.md"), SourcePathOutcome.Skipped), (file, SourcePathOutcome.Duplicate), (file, SourcePathOutcome.Duplicate)],
            plan.Outcomes.Select(static o => (o.Path, o.Status)).Order());
    }

    [Fact]
    public void Kind_with_a_folder_takes_its_files_of_that_kind_or_says_there_are_none()
    {
        var medi = SourceFinder.Plan([Data("indications", "medi")], EvidenceSourceKind.Medi);
        Assert.Equal(EvidenceSourceKind.Medi, Assert.Single(medi.Sources).Kind);

        var none = SourceFinder.Plan([Data("indications", "medi")], EvidenceSourceKind.Sider);
        Assert.Empty(none.Sources);
        var failed = Assert.Single(none.Outcomes);
        Assert.Equal(SourcePathOutcome.Failed, failed.Status);
        Assert.Contains("no sider file in this folder", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_an_outcome_and_the_others_are_still_planned()
    {
        var plan = SourceFinder.Plan([Path.Combine(TestData.Directory, "no-such-folder"), Data("indications", "drugcentral_2016_drug_indication.tsv")], null);

        Assert.Equal(EvidenceSourceKind.DrugCentral, Assert.Single(plan.Sources).Kind);
        Assert.Equal(SourcePathOutcome.Missing, Assert.Single(plan.Outcomes).Status);
    }

    [Fact]
    public void Searching_the_whole_shared_data_finds_every_evidence_source_once()
    {
        // Expected by hand from PROVENANCE.md and the files' first lines: SIDER, OnSIDES, DrugCentral, MEDI (the full file),
        // PharmacotherapyDB; the parts folders of TAKMU and the openFDA SSRI counts; whole count tables: the darylokeke
        // cardiac 2x2 table, five MDDC matrices, three pvEBayes matrices, two pvLRT matrices; the case-level tables: the
        // pvLRT 2022Q3 pair file and the openFDA case-level folder. FAERS quarters are excluded.
        var faers = new[] { "faers_ascii_2022Q4_sample.zip", "faers_ascii_2017q2_sample.zip", "aers_ascii_2004q1_sample.zip", "ubesp_2020q3_first10k", "ubesp_2012q4_tiny", "nico8270_2025q4_sample1000" }
            .Select(static f => Data("faers", f)).ToList();
        var plan = SourceFinder.Plan([TestData.Directory], null, searchSubfolders: true, exclude: faers);

        var byKind = plan.Sources.GroupBy(static s => s.Kind).ToDictionary(static g => g.Key, static g => g.Count());
        Assert.Equal(1, byKind[EvidenceSourceKind.Sider]);
        Assert.Equal(1, byKind[EvidenceSourceKind.Onsides]);
        Assert.Equal(1, byKind[EvidenceSourceKind.DrugCentral]);
        Assert.Equal(1, byKind[EvidenceSourceKind.Medi]);
        Assert.Equal(1, byKind[EvidenceSourceKind.PharmacotherapyDb]);
        Assert.Equal(2 + 1 + 5 + 3 + 2 + 2, byKind[EvidenceSourceKind.Counts]);
        Assert.Contains(plan.Sources, s => s.Files.SequenceEqual([Data("faers_more", "slijewski_openfda_ssri_counts_2026")]));
        Assert.Contains(plan.Sources, s => s.Files.SequenceEqual([Data("faers_more", "openfda_first5000_caselevel")]));
        Assert.Contains(plan.Sources, s => s.Files.SequenceEqual([Data("faers", "pvlrt_faers2022q3_PS_drug_ae_pairs.csv.gz")]));
        Assert.DoesNotContain(plan.Outcomes, static o => o.Path.Contains("nico8270", StringComparison.Ordinal) || o.Path.Contains("ubesp", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Outcomes, static o => o.Status is SourcePathOutcome.Failed or SourcePathOutcome.Missing);
        Assert.Contains(plan.Outcomes, static o => o.Path.EndsWith("PROVENANCE.md", StringComparison.Ordinal) && o.Status == SourcePathOutcome.Skipped);
    }
}
