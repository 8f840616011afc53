using Causa.Core.Names;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Tests.Storage;
using Causa.Core.Vocabulary;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Query;

public sealed class StoreNameLookupTests
{
    /// <summary>
    /// 20 cases. MIRTAZAPINE suspect in cases 1–4, SERTRALINE in 3–6 (both in 3 and 4), DRUGZ in 7–20.
    /// Restless legs syndrome in cases 1, 2, 3, 5 and 7; Back pain in 8, Sciatica in 9, Nausea in the rest.
    /// </summary>
    private static BatchBuilder Toy()
    {
        var b = new BatchBuilder(2021, 3);
        for (var i = 1; i <= 20; i++)
        {
            string[] drugs = i switch
            {
                <= 2 => ["MIRTAZAPINE"],
                <= 4 => ["MIRTAZAPINE", "SERTRALINE"],
                <= 6 => ["SERTRALINE"],
                _ => ["DRUGZ"],
            };
            string[] events = i switch
            {
                1 or 2 or 3 or 5 or 7 => ["Restless legs syndrome"],
                8 => ["Back pain"],
                9 => ["Sciatica"],
                _ => ["Nausea"],
            };
            b.Report(i, 1, 20210701, drugs, events);
        }

        return b;
    }

    private static ImportedVocabulary ClassVocabulary()
    {
        var builder = new VocabularyBuilder();
        builder.AddProduct("REMERON", "MIRTAZAPINE", VocabularySource.DrugsAtFda);
        builder.AddProduct("ZOLOFT", "SERTRALINE HYDROCHLORIDE", VocabularySource.DrugsAtFda);
        builder.AddClassMember("Antidepressive Agents", "PA", "mirtazapine");
        builder.AddClassMember("Serotonin Reuptake Inhibitor", "EPC", "sertraline");
        builder.AddClassMember("Serotonin Reuptake Inhibitor", "EPC", "fluoxetine");
        return builder.Build();
    }

    [Fact]
    public void Drug_brand_and_misspelling_resolve_to_the_store_ingredient_with_the_reason()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Toy().Build());
        using var store = Open(dir.Path);
        var lookup = new StoreNameLookup(store, ClassVocabulary());

        var brand = lookup.FindDrug("Remeron 15 mg");
        var typo = lookup.FindDrug("mirtazepine");

        Assert.Equal(("MIRTAZAPINE", DrugResolutionKind.Brand, 1.0), (brand.Name, brand.Reason, brand.Confidence));
        Assert.Equal("brand", brand.How);
        Assert.Equal(("MIRTAZAPINE", DrugResolutionKind.Misspelling), (typo.Name, typo.Reason));
        Assert.InRange(typo.Confidence, 0.5, 0.99);
    }

    [Fact]
    public void Drug_known_to_the_vocabulary_but_absent_from_the_store_is_not_found_with_a_note()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Toy().Build());
        using var store = Open(dir.Path);

        var match = new StoreNameLookup(store, ClassVocabulary()).FindDrug("fluoxetine");

        Assert.Equal(NameMatchKind.NotFound, match.Kind);
        Assert.Contains("no report in the store", match.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_lay_terms_in_other_languages_resolve_and_related_terms_stay_separate()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Toy().Build());
        using var store = Open(dir.Path);
        var lookup = new StoreNameLookup(store);

        var legs = lookup.FindEvent("restless legs");
        var back = lookup.FindEvent("rugpijn");

        Assert.Equal(store.FindTerm("Restless legs syndrome"), legs.Id);
        Assert.Equal(("Back pain", TermMatchKind.Language, "nl"), (back.Name, back.EventReason, back.Language));
        Assert.Equal(["Sciatica"], back.Related);
        Assert.NotEqual(store.FindTerm("Sciatica"), back.Id);
    }

    [Fact]
    public void Class_members_are_the_class_ingredients_present_in_the_store()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Toy().Build());
        using var store = Open(dir.Path);

        var match = new StoreNameLookup(store, ClassVocabulary()).FindClass("antidepressants");

        Assert.Equal(["MIRTAZAPINE", "SERTRALINE"], match.IngredientIds.Select(id => store.Ingredients[id]).Order(StringComparer.Ordinal));
        Assert.Empty(new StoreNameLookup(store).FindClass("antidepressants").Classes);
    }

    [Fact]
    public void Class_event_counts_each_case_once_however_many_members_it_reports()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Toy().Build());
        using var store = Open(dir.Path);
        var match = new StoreNameLookup(store, ClassVocabulary()).FindClass("antidepressant");

        var rows = new ClassQueries(store).TopEventsForClass("antidepressant", match.IngredientIds, new TopQuery(MinCount: 1));

        // By hand: class cases {1..6}; Restless legs in 1, 2, 3, 5 of them (not 3 + 2 = 5), and in case 7 outside.
        // a = 4, b = 2, c = 1, d = 13; E = 6 × 5 / 20 = 1.5; PRR = (4/6) / (1/14) = 9.333.
        var rls = Assert.Single(rows, r => r.Event == "Restless legs syndrome");
        Assert.Equal(4, rls.A);
        Assert.Equal(1.5, rls.Expected, 12);
        Assert.Equal(4.0 / 6 / (1.0 / 14), rls.Prr!.Value, 10);
    }

    [Fact]
    public void Class_members_for_an_event_leave_out_other_drugs()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Toy().Build());
        using var store = Open(dir.Path);
        var match = new StoreNameLookup(store, ClassVocabulary()).FindClass("antidepressant");
        var term = store.FindTerm("Restless legs syndrome")!.Value;

        var rows = new ClassQueries(store).TopMembersForEvent(term, match.IngredientIds, new TopQuery(MinCount: 1));

        Assert.Equal(["MIRTAZAPINE", "SERTRALINE"], rows.Select(r => r.Drug).Order(StringComparer.Ordinal));
        Assert.Contains(new SignalQueries(store).TopDrugsForEvent(term, new TopQuery(MinCount: 1)), r => r.Drug == "DRUGZ");
        Assert.Equal(3, rows.Single(r => r.Drug == "MIRTAZAPINE").A);
    }
}
