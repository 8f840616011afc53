using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Tests.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Sources;

public sealed class SourceImportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "causa-src-" + Guid.NewGuid().ToString("N"));

    public SourceImportTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Sider_reads_every_row_and_accounts_for_each()
    {
        var info = RealSources.Sider.Info;

        // Row counts of the three files as published (PROVENANCE.md: 1,430 names, 309,849 + 291,632 rows).
        Assert.Equal(1_430 + 309_849 + 291_632, info.RowsRead);
        Assert.Equal(info.RowsRead, info.RowsAccepted + info.RowsSkipped + info.RowsRejected);
        Assert.Equal("CC BY-NC-SA 4.0 (non-commercial)", info.Licence);
        Assert.True(info.NonCommercial);
        Assert.Contains(info.Rejections, r => r.File == "drug_names.tsv" && r.Reason.Contains("combination", StringComparison.Ordinal));
    }

    [Fact]
    public void Sider_keeps_drug_and_placebo_frequencies_of_a_label_entry()
    {
        // meddra_freq PT rows for mirtazapine (CID100004205) and Weight increased: drug 11.9205%, 12%; placebo 1.66205%, 12%, 2%.
        var entry = Assert.Single(RealSources.Sider.Labels, l => l.Ingredient == "MIRTAZAPINE" && l.Term == "Weight increased");
        Assert.Equal([11.9205, 12.0], entry.DrugPercents);
        Assert.Equal([1.662, 2.0, 12.0], entry.PlaceboPercents); // kept to 4 decimals of a percent
        Assert.Contains("postmarketing", entry.Descriptions);
    }

    [Fact]
    public void Sider_marks_an_effect_seen_only_after_marketing()
    {
        var entry = Assert.Single(RealSources.Sider.Labels, l => l.Ingredient == "TRAZODONE" && l.Term == "Priapism");
        Assert.True(entry.PostmarketingOnly);
        Assert.Empty(entry.DrugPercents);
    }

    [Fact]
    public void Onsides_sample_reads_shares_and_rejects_combinations_with_a_line_number()
    {
        var source = RealSources.Import([TestData.PathOf("labels", "onsides_v2.1.0_sample", "adverse_reactions.csv")]);
        Assert.Equal("OnSIDES v2.1.0", source.Info.Name);
        Assert.Equal(49, source.Info.RowsRead);
        var losartan = Assert.Single(source.Labels, l => l.Ingredient == "LOSARTAN" && l.Term == "Abdominal pain");
        Assert.Equal(0.9732142857142857, losartan.LabelShare!.Value, 12);
        Assert.Equal(112, losartan.Labels);
        Assert.Equal(source.Info.RowsRead, source.Info.RowsAccepted + source.Info.RowsRejected);
    }

    [Fact]
    public void DrugCentral_maps_indication_names_to_preferred_terms()
    {
        var source = RealSources.DrugCentral;
        Assert.Equal(12_175, source.Info.RowsRead);
        var fibro = Assert.Single(source.Indications, e => e.Ingredient == "DULOXETINE" && e.Condition == "Fibromyalgia");
        Assert.Equal("Fibromyalgia", fibro.Term);
        Assert.Equal(IndicationCategory.OnLabel, fibro.Category);
        Assert.Contains(source.Info.Rejections, r => r.Reason.StartsWith("unmapped", StringComparison.Ordinal));
    }

    [Fact]
    public void Medi_keeps_the_label_use_flag_and_the_precision_subset()
    {
        var source = RealSources.Medi;
        // 68,537 lines: the header, 68,535 rows and a trailing blank line.
        Assert.Equal(68_535, source.Info.RowsRead);

        // MEDI row: 72625,duloxetine,C0016053,729.0,Rheumatism; unspecified and fibrositis,3,1,1
        Assert.Contains(source.Indications, e => e.Ingredient == "DULOXETINE" && e.Condition.StartsWith("Rheumatism", StringComparison.Ordinal) && e.Category == IndicationCategory.PossibleLabelUse && e.Resources == 3);

        // 10737,Trazodone,...,Insomnia; unspecified,1,0,0 — outside the high-precision subset.
        Assert.Contains(source.Indications, e => e.Ingredient == "TRAZODONE" && e.Term == "Insomnia" && e.Category == IndicationCategory.LowPrecision);
        Assert.Contains(source.Info.Rejections, r => r.Reason.Contains("ICD-9 range", StringComparison.Ordinal));
    }

    [Fact]
    public void PharmacotherapyDb_reads_the_three_categories()
    {
        var source = RealSources.PharmacotherapyDb;
        Assert.Equal(1_388, source.Info.RowsRead);
        Assert.Contains(source.Indications, e => e.Ingredient == "TRAZODONE" && e.Condition == "bipolar disorder" && e.Category == IndicationCategory.Symptomatic);
        Assert.Contains(source.Indications, e => e.Category == IndicationCategory.NotIndication);
        Assert.Contains(source.Indications, e => e.Category == IndicationCategory.DiseaseModifying);
    }

    [Fact]
    public void Takmu_table_margins_reproduce_the_published_prr()
    {
        var source = RealSources.Takmu;
        var table = source.Counts!;
        Assert.Equal(EvidenceUnit.ReactionRows, source.Info.Unit);
        Assert.Equal(52_670, source.Info.RowsAccepted);

        // PROVENANCE.md: the sum of adr_global is N = 14,944,116.
        Assert.Equal(14_944_116, table.Total);

        // The authors' prr_global = (a / total_events_drug) / (no_events_global / N); their value for trazodone–priapism
        // is 35.26250891346224 (prr_real part file). Our margins must give the same number.
        var drug = Assert.Single(table.Drugs, d => d.Ingredient == "TRAZODONE");
        var a = table.CountOf(drug.Drug, "Priapism")!.Value;
        var eventTotal = table.TermTotal("priapism")!.Value;
        var prrGlobal = (a / (double)drug.Total) / (eventTotal / (double)table.Total);
        Assert.Equal(35.26250891346224, prrGlobal, 1e-9);
    }

    [Fact]
    public void Takmu_table_knows_a_zero_for_a_listed_drug_and_event_without_a_row()
    {
        var table = RealSources.Takmu.Counts!;
        Assert.True(table.Complete);
        Assert.Equal(0, table.CountOf("mianserin", "Priapism") ?? -1);
    }

    [Fact]
    public void Mddc_matrix_column_totals_equal_the_published_margins()
    {
        var source = RealSources.Sedative;
        Assert.Equal("FAERS 2021Q1–2023Q4", source.Info.Period);
        Assert.Equal(EvidenceUnit.DrugEventPairs, source.Info.Unit);

        // sedative1000.rst: Clonazepam 110,453 ... Mirtazapine 54,273 ... Other 77,487,518. Its Diphenhydramine figure,
        // 13,465, lacks a digit: the matrix column sums to 134,651 (every other margin matches), so that one is checked
        // against the corrected value.
        long[] published = [110_453, 4_262, 74_859, 134_651, 11_795, 101_969, 26_264, 54_273, 3_473, 20_523];
        Assert.Equal(published, source.Counts!.Drugs.Select(d => d.Total));
        Assert.Equal(published.Sum() + 77_487_518, source.Counts.Total);
    }

    [Fact]
    public void Report_level_2x2_table_keeps_cases_and_its_grand_total()
    {
        var source = RealSources.Import([TestData.PathOf("faers_more", "darylokeke_faers2023_us_ps_2x2", "cardiac_complete.csv")]);
        Assert.Equal(EvidenceUnit.Cases, source.Info.Unit);

        // PROVENANCE.md: N = 565,502 cases in every row; HYDRALAZINE cohort 58 cases.
        Assert.Equal(565_502, source.Counts!.Total);
        Assert.Equal(58, Assert.Single(source.Counts.Drugs, d => d.Drug == "HYDRALAZINE").Total);
        Assert.Equal(2, source.Counts.Drugs.Count(d => d.Ingredient == "MINOXIDIL"));
    }

    [Fact]
    public void OpenFda_counts_are_incomplete_so_a_missing_pair_is_unknown()
    {
        var table = RealSources.OpenFda.Counts!;
        Assert.False(table.Complete);
        Assert.Equal(20_006_989, table.Total);
        Assert.Null(table.CountOf("sertraline", "Tendon rupture")); // not among sertraline's top 1,000 (smallest kept count: 140)
        Assert.Equal(88_085, table.TermTotal("SUICIDAL IDEATION"));
    }

    [Fact]
    public void Case_level_pairs_count_unique_cases_as_counted_outside_causa()
    {
        var source = RealSources.Import([TestData.PathOf("faers", "pvlrt_faers2022q3_PS_drug_ae_pairs.csv.gz")]);
        var table = source.Counts!;

        // Counted with Python's csv module over the gzipped file, independently of Causa's readers:
        //   rows = list(csv.reader(gzip.open(PATH, 'rt')))[1:]; cases = {r[0] for r in rows}  -> 496,312 rows, 215,867 cases
        //   S = {'Atorvastatin', 'Atorvastatin calcium'} (the verbatim names that are atorvastatin without a brand vocabulary)
        //   len({r[0] for r in rows if r[1] in S}) -> 450; ... and r[2] == 'Rhabdomyolysis' -> 41; 'Myalgia' -> 75
        //   len({r[0] for r in rows if r[2] == 'Rhabdomyolysis'}) -> 613; 'Myalgia' -> 3,070
        Assert.Equal(EvidenceUnit.Cases, source.Info.Unit);
        Assert.Equal(215_867, table.Total);
        Assert.Equal(496_312, source.Info.RowsRead);
        Assert.Equal(source.Info.RowsRead, source.Info.RowsAccepted + source.Info.RowsSkipped + source.Info.RowsRejected);
        Assert.Equal(450, Assert.Single(table.Drugs, d => d.Ingredient == "ATORVASTATIN").Total);
        Assert.Equal(41, table.CountOf("ATORVASTATIN", "Rhabdomyolysis"));
        Assert.Equal(75, table.CountOf("ATORVASTATIN", "MYALGIA"));
        Assert.Equal(613, table.TermTotal("Rhabdomyolysis"));
        Assert.Equal(3_070, table.TermTotal("Myalgia"));
        Assert.Contains(source.Info.Notes, n => n.Contains("primary-suspect drug only", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenFda_case_level_tables_count_reports_with_suspect_drugs_as_counted_outside_causa()
    {
        var source = RealSources.Import([TestData.PathOf("faers_more", "openfda_first5000_caselevel")]);
        var table = source.Counts!;

        // Counted with Python's csv module over the three CSV files, independently of Causa's readers:
        //   reports: 5,000 ids; suspect = {id for id, name, role in drugs if name == 'LETAIRIS' and role in ('1', '3')} -> 1,277
        //   dysp = {id for id, pt in reactions if pt.lower() == 'dyspnoea'} -> 316; len(suspect & dysp) -> 197
        //   'headache' -> 206 reports, 88 with LETAIRIS as suspect
        Assert.Equal(EvidenceUnit.Reports, source.Info.Unit);
        Assert.Equal(5_000, table.Total);
        Assert.Equal(1_277, Assert.Single(table.Drugs, d => d.Ingredient == "LETAIRIS").Total);
        Assert.Equal(197, table.CountOf("LETAIRIS", "Dyspnoea"));
        Assert.Equal(316, table.TermTotal("Dyspnoea"));
        Assert.Equal(88, table.CountOf("LETAIRIS", "Headache"));
        Assert.Equal(206, table.TermTotal("Headache"));
        Assert.Equal(source.Info.RowsRead, source.Info.RowsAccepted + source.Info.RowsSkipped + source.Info.RowsRejected);
        Assert.Equal("openFDA reports received 2008-07-07 to 2014-03-13", source.Info.Period);
    }

    [Fact]
    public void A_case_level_pair_row_without_a_case_id_is_rejected_with_its_line_and_a_case_counts_once()
    {
        var path = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(path, "\"CASEID\",\"DRUG\",\"AE\"\n1,\"Alpha\",\"Nausea\"\n1,\"Alpha\",\"Nausea\"\n1,\"Alpha\",\"Headache\"\n,\"Alpha\",\"Nausea\"\n2,\"Beta\",\"Nausea\"\n");
        var source = RealSources.Import([path]);

        var rejection = Assert.Single(source.Info.Rejections);
        Assert.Equal(("pairs.csv", 5L), (rejection.File, rejection.Line));
        Assert.Equal(2, source.Counts!.Total);
        Assert.Equal(1, source.Counts.CountOf("ALPHA", "Nausea"));
        Assert.Equal(2, source.Counts.TermTotal("Nausea"));
        Assert.Equal(0, source.Counts.CountOf("BETA", "Headache"));
    }

    [Fact]
    public void Onsides_v3_tables_give_each_ingredients_share_of_us_labels_and_boxed_terms()
    {
        // A release folder written for this test: mirtazapine has two US labels (1, 2), one EU label (3, skipped) and a
        // share in a two-ingredient US label (4, skipped). Label 1 lists Headache twice (counts once), a boxed warning and
        // a warnings-and-precautions term (skipped); label 2 lists Headache, Nausea and an unknown MedDRA id (rejected).
        var folder = Path.Combine(_dir, "onsides_v3.1.0");
        Directory.CreateDirectory(folder);
        void Table(string name, string text) => File.WriteAllText(Path.Combine(folder, name + ".csv"), text);
        Table("product_label", "label_id,source,source_product_name,source_product_id,source_label_url\n1,US,Alpha Tabs,s1,\n2,US,Alpha Solution,s2,\n3,EU,Alpha EU,e1,\n4,US,Alpha Beta,s4,\n");
        Table("product_to_rxnorm", "label_id,rxnorm_product_id\n1,P1\n2,P2\n3,P1\n4,P3\n");
        Table("vocab_rxnorm_ingredient_to_product", "ingredient_id,product_id\nI1,P1\nI1,P2\nI1,P3\nI2,P3\n");
        Table("vocab_rxnorm_ingredient", "rxnorm_id,rxnorm_name,rxnorm_term_type\nI1,mirtazapine,Ingredient\nI2,sertraline,Ingredient\n");
        Table("vocab_rxnorm_product", "rxnorm_id,rxnorm_name,rxnorm_term_type\nP1,mirtazapine 15 MG Oral Tablet,SCD\n");
        Table("vocab_meddra_adverse_effect", "meddra_id,meddra_name,meddra_term_type\n10019211,Headache,PT\n10028813,Nausea,PT\n10042458,Suicidal ideation,PT\n");
        Table("product_adverse_effect", "product_label_id,effect_id,label_section,effect_meddra_id,match_method,pred0,pred1\n"
            + "1,1,AR,10019211,PMB,0.1,0.9\n1,2,AR,10019211,PMB,0.1,0.9\n2,3,AR,10019211,PMB,0.2,0.8\n2,4,AR,10028813,PMB,0.2,0.8\n"
            + "1,5,BW,10042458,PMB,0.1,0.9\n3,6,AR,10028813,PMB,0.1,0.9\n4,7,AR,10028813,PMB,0.1,0.9\n1,8,WP,10028813,PMB,0.1,0.9\n2,9,AR,99999,PMB,0.1,0.9\n");

        Assert.Equal(EvidenceSourceKind.Onsides, SourceImporter.Detect(Path.Combine(folder, "product_adverse_effect.csv")));
        var source = RealSources.Import(Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray());

        Assert.Equal("OnSIDES v3.1.0", source.Info.Name);
        var headache = Assert.Single(source.Labels, l => l.Term == "Headache");
        Assert.Equal(("MIRTAZAPINE", 1.0, 2), (headache.Ingredient, headache.LabelShare!.Value, headache.Labels!.Value));
        Assert.Equal(0.5, Assert.Single(source.Labels, l => l.Term == "Nausea").LabelShare);
        var boxed = Assert.Single(source.Labels, l => l.Term == "Suicidal ideation");
        Assert.True(boxed.Boxed);
        Assert.Null(boxed.LabelShare);
        Assert.Equal(3, source.Labels.Count);
        var rejection = Assert.Single(source.Info.Rejections);
        Assert.Equal(("product_adverse_effect.csv", 10L), (rejection.File, rejection.Line));
        Assert.Equal(source.Info.RowsRead, source.Info.RowsAccepted + source.Info.RowsSkipped + source.Info.RowsRejected);
    }

    [Fact]
    public void Onsides_v3_without_its_vocabulary_tables_fails_naming_them()
    {
        var path = Path.Combine(_dir, "product_adverse_effect.csv");
        File.WriteAllText(path, "product_label_id,effect_id,label_section,effect_meddra_id,match_method,pred0,pred1\n1,1,AR,10019211,PMB,0.1,0.9\n");

        var result = Assert.Single(SourceImporter.Import([path], null, RealSources.NewMapper(), RealSources.ImportedAt));

        Assert.False(result.Succeeded);
        Assert.Contains("missing product_label.csv", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("labels/sider4.1/meddra_all_se.tsv.gz", EvidenceSourceKind.Sider)]
    [InlineData("labels/onsides_v2.1.0_sample/adverse_reactions.csv", EvidenceSourceKind.Onsides)]
    [InlineData("indications/drugcentral_2016_drug_indication.tsv", EvidenceSourceKind.DrugCentral)]
    [InlineData("indications/medi/MEDI_01212013_HPS_0.csv", EvidenceSourceKind.Medi)]
    [InlineData("indications/pharmacotherapydb/indications.tsv", EvidenceSourceKind.PharmacotherapyDb)]
    [InlineData("faers_more/pvebayes_faers_contingency/statin2025.csv", EvidenceSourceKind.Counts)]
    [InlineData("reference_stats/pvlrt_statin_counts.csv", EvidenceSourceKind.Counts)]
    [InlineData("faers_more/darylokeke_faers2023_us_ps_2x2/cardiac_complete.csv", EvidenceSourceKind.Counts)]
    [InlineData("faers/pvlrt_faers2022q3_PS_drug_ae_pairs.csv.gz", EvidenceSourceKind.Counts)]
    [InlineData("faers_more/openfda_first5000_caselevel/openfda_first5000_drugs.csv", EvidenceSourceKind.Counts)]
    public void Kind_is_detected_from_name_and_header(string relative, EvidenceSourceKind expected) =>
        Assert.Equal(expected, SourceImporter.Detect(TestData.PathOf(relative.Split('/'))));

    [Fact]
    public void An_unknown_file_fails_with_its_name_and_line()
    {
        var path = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(path, "hello\nworld\n");
        var result = Assert.Single(SourceImporter.Import([path], null, RealSources.NewMapper(), RealSources.ImportedAt));
        Assert.False(result.Succeeded);
        Assert.Contains("notes.txt:1:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_matrix_row_is_rejected_with_its_line_and_the_rest_is_kept()
    {
        var path = Path.Combine(_dir, "mini.csv");
        File.WriteAllText(path, "\"\",\"Alpha\",\"Other\"\n\"Nausea\",3,100\n\"Headache\",x,50\n\"Other AEs\",10,1000\n");
        var source = RealSources.Import([path]);
        var rejection = Assert.Single(source.Info.Rejections);
        Assert.Equal(("mini.csv", 3L), (rejection.File, rejection.Line));
        Assert.Equal(1, source.Info.RowsAccepted);
        Assert.Equal("not stated", source.Info.Period);
        Assert.Equal(3 + 100 + 10 + 1000, source.Counts!.Total);
    }

    [Fact]
    public void Sider_without_drug_names_fails_with_a_clear_message()
    {
        var results = SourceImporter.Import([TestData.PathOf("labels", "sider4.1", "meddra_all_se.tsv.gz")], null, RealSources.NewMapper(), RealSources.ImportedAt);
        Assert.Contains("drug_names.tsv", Assert.Single(results).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapper_uses_the_drug_resolver_and_refuses_combinations_and_loose_terms()
    {
        var mapper = new SourceNameMapper(new DrugResolver(RealVocabulary.All), new TermResolver());
        Assert.Equal("ACETAMINOPHEN", mapper.MapDrug("paracetamol", out _));
        Assert.Equal("TRAZODONE", mapper.MapDrug("trazodone hydrochloride", out _));
        Assert.Null(mapper.MapDrug("levodopa/carbidopa", out var why));
        Assert.Contains("combination", why, StringComparison.Ordinal);
        Assert.Equal("Back pain", mapper.MapTerm("backache", out _));

        // The resolver alone refuses a loose match (not "Multiple sclerosis relapse"); the curated table knows the PT.
        var resolverOnly = new SourceNameMapper(null, new TermResolver(), conditionTable: false);
        Assert.Null(resolverOnly.MapTerm("Relapsing remitting multiple sclerosis", out var loose));
        Assert.NotNull(loose);
        Assert.Equal("Relapsing-remitting multiple sclerosis", mapper.MapTerm("Relapsing remitting multiple sclerosis", out _));
    }
}
