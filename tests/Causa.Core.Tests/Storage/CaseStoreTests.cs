using Causa.Core.Model;
using Causa.Core.Storage;
using Causa.Storage.Files;
using static Causa.Core.Tests.Storage.StoreTestHelper;

namespace Causa.Core.Tests.Storage;

public sealed class CaseStoreTests
{
    private static BatchBuilder Q1() => new BatchBuilder(2020, 1)
        .Report(1, 1, 20200110, ["DRUGA"], ["Nausea", "Headache"])
        .Report(2, 1, 20200111, ["DRUGB"], ["Nausea"], concomitants: ["DRUGA"])
        .Report(3, 1, 20200112, ["DRUGA", "DRUGB"], ["Rash"]);

    private static BatchBuilder Q2() => new BatchBuilder(2020, 2)
        .Report(1, 2, 20200405, ["DRUGA"], ["Vomiting"])
        .Report(4, 1, 20200406, ["DRUGC"], ["Headache"])
        .Delete(3);

    [Fact]
    public void Dedup_keeps_latest_version_of_a_case()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Q1().Build(), Q2().Build());
        using var store = Open(dir.Path);

        var record = store.FindCase(1)!;
        Assert.Equal(2, record.CaseVersion);
        Assert.Equal(["Vomiting"], record.Events);
        Assert.Equal(new Quarter(2020, 2), record.Quarter);
    }

    [Fact]
    public void Cases_on_a_delete_list_are_removed_and_stay_removed()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Q2().Build());
        IngestBatches(dir.Path, Q1().Build()); // an older quarter arriving later must not bring case 3 back
        using var store = Open(dir.Path);

        Assert.Null(store.FindCase(3));
        Assert.True(store.IsDeleted(3));
        Assert.Equal(3, store.CaseCount);
    }

    [Fact]
    public void Older_version_arriving_later_never_replaces_newer()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Q2().Build());
        IngestBatches(dir.Path, Q1().Build());
        using var store = Open(dir.Path);

        Assert.Equal(2, store.FindCase(1)!.CaseVersion);
    }

    [Fact]
    public void Ingest_order_does_not_change_the_store()
    {
        using var forward = new TempFolder();
        using var backward = new TempFolder();
        using var together = new TempFolder();
        IngestBatches(forward.Path, Q1().Build());
        IngestBatches(forward.Path, Q2().Build());
        IngestBatches(backward.Path, Q2().Build());
        IngestBatches(backward.Path, Q1().Build());
        IngestBatches(together.Path, Q2().Build(), Q1().Build());

        var a = File.ReadAllBytes(Path.Combine(forward.Path, "cases.causa"));
        Assert.Equal(a, File.ReadAllBytes(Path.Combine(backward.Path, "cases.causa")));
        Assert.Equal(a, File.ReadAllBytes(Path.Combine(together.Path, "cases.causa")));
    }

    [Fact]
    public void Reingesting_a_quarter_changes_nothing()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Q1().Build(), Q2().Build());
        var before = File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa"));
        IngestBatches(dir.Path, Q2().Build());
        IngestBatches(dir.Path, Q1().Build());

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(dir.Path, "cases.causa")));
    }

    [Fact]
    public void Indexes_count_unique_cases_by_role()
    {
        using var dir = new TempFolder();
        IngestBatches(dir.Path, Q1().Build());
        using var store = Open(dir.Path);
        var drugA = store.FindIngredient("druga")!.Value;
        var nausea = store.FindTerm("NAUSEA")!.Value;

        Assert.Equal(2, store.CasesWithIngredient(drugA, RoleFilter.Suspect).Length); // cases 1 and 3
        Assert.Equal(3, store.CasesWithIngredient(drugA, RoleFilter.All).Length);     // plus concomitant in case 2
        Assert.Equal(2, store.CasesWithTerm(nausea).Length);
    }

    [Fact]
    public void Store_round_trips_every_field()
    {
        using var dir = new TempFolder();
        var batch = Q1().Indication(1, 1, 1, "Hypertension").Build();
        IngestBatches(dir.Path, batch);
        using var store = Open(dir.Path);

        var record = store.FindCase(1)!;
        Assert.Equal(101, record.PrimaryId);
        Assert.Equal(1, record.CaseVersion);
        Assert.Equal(20200110, record.FdaDate.Value);
        Assert.Equal(Sex.Female, record.Sex);
        Assert.Equal(50, record.AgeYears);
        Assert.Equal(AgeGroup.Adult45To64, record.AgeGroup);
        Assert.Equal("US", record.Country);
        Assert.Equal(["Headache", "Nausea"], record.Events);
        var drug = Assert.Single(record.Drugs);
        Assert.Equal("DRUGA", drug.DrugName);
        Assert.Equal(DrugRole.PrimarySuspect, drug.Role);
        Assert.Equal(["DRUGA"], drug.Ingredients);
        Assert.Equal(new CaseIndication("DRUGA", "Hypertension"), Assert.Single(record.Indications));
        Assert.Equal(1, store.IndicationCaseCount(store.FindIngredient("DRUGA")!.Value, store.FindTerm("hypertension")!.Value));
        Assert.Equal(new Quarter(2020, 1), Assert.Single(store.Quarters).Quarter);
    }

    [Fact]
    public void Legacy_capitals_and_modern_spelling_of_a_term_are_one_term_shown_in_modern_form()
    {
        using var dir = new TempFolder();
        var legacy = new BatchBuilder(2010, 1).Report(10, 0, 20100105, ["DRUGA"], ["BACK PAIN"]).Build();
        var modern = new BatchBuilder(2020, 1).Report(11, 1, 20200105, ["DRUGA"], ["Back pain"]).Build();
        IngestBatches(dir.Path, legacy, modern);
        using var store = Open(dir.Path);

        var term = store.FindTerm("back pain")!.Value;
        Assert.Equal("Back pain", store.Terms[term]);
        Assert.Equal(2, store.CasesWithTerm(term).Length);
    }
}
