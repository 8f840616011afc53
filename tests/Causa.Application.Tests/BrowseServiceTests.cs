using Causa.Application.Browsing;
using Causa.Application.Errors;
using Causa.Application.Queries;

namespace Causa.Application.Tests;

/// <summary>
/// The browsing use cases behind the web pages, over <see cref="AnswerStore"/>. Expected indications are read by hand
/// from DrugCentral 2016's drug_indication.tsv in the shared data (trazodone has one row: Major Depressive Disorder).
/// </summary>
public sealed class BrowseServiceTests(AnswerStore store) : IClassFixture<AnswerStore>
{
    [Fact]
    public void A_drug_overview_lists_its_uses_with_their_source_and_its_report_signals()
    {
        using var workspace = new CausaWorkspace(store.Directory);
        var browse = new BrowseService(workspace);

        var result = browse.Drug("trazodone");

        Assert.True(result.Succeeded, result.Error?.Message);
        var overview = result.Value;
        Assert.Equal("TRAZODONE", overview.Ingredient);
        var use = Assert.Single(overview.Uses);
        Assert.Contains("depress", use.Condition, StringComparison.OrdinalIgnoreCase);
        Assert.Single(use.Sources);
        // No label source is loaded in this store: the list is empty, not made up.
        Assert.Empty(overview.LabelEffects);
        var top = new QueryService(workspace).Top(new TopRequest("TRAZODONE", null, null, Limit: BrowseService.DefaultLimit)).Value!.Rows;
        Assert.Equal(top.Select(static r => r.Event), overview.Signals.Select(static r => r.Event));
    }

    [Fact]
    public void An_event_overview_lists_the_drugs_used_for_it()
    {
        using var workspace = new CausaWorkspace(store.Directory);
        var browse = new BrowseService(workspace);
        var trazodoneUse = browse.Drug("trazodone").Value!.Uses[0].Condition;

        var result = browse.Event(trazodoneUse, limit: 100);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Contains("TRAZODONE", result.Value.UsedFor);
        Assert.True(result.Value.UsedFor.Count <= 100);
    }

    [Fact]
    public void An_unknown_name_is_a_not_found_error_and_its_match_says_so()
    {
        using var workspace = new CausaWorkspace(store.Directory);
        var browse = new BrowseService(workspace);

        var result = browse.Drug("qqzzxxw");

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
        Assert.False(browse.Match("qqzzxxw", isDrug: true)!.IsFound);
        Assert.True(browse.Match("trazodone", isDrug: true)!.IsFound);
    }

    [Fact]
    public void A_whole_question_leads_to_its_drug_and_condition_with_the_words_it_used()
    {
        using var workspace = new CausaWorkspace(store.Directory);
        var browse = new BrowseService(workspace);

        var result = browse.ReadQuestion("does trazodone help back pain");

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(new QuestionTarget("TRAZODONE", "Back pain", "trazodone", "back pain", null, []), result.Value with { ClassMembers = [] });
        Assert.False(result.Value.IsClass);
    }

    [Theory]
    [InlineData("what is trazodone used for?", QuestionScope.Drug, "TRAZODONE", "")]
    [InlineData("trazodone side effects", QuestionScope.Drug, "TRAZODONE", "")]
    [InlineData("what causes back pain?", QuestionScope.Event, "", "Back pain")]
    [InlineData("does trazodone help back pain", QuestionScope.Pair, "TRAZODONE", "Back pain")]
    public void A_question_naming_only_a_drug_or_only_a_condition_leads_to_it(string question, QuestionScope scope, string drug, string term)
    {
        using var workspace = new CausaWorkspace(store.Directory);
        var browse = new BrowseService(workspace);

        var result = browse.ReadQuestion(question);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal((scope, drug, term), (result.Value.Scope, result.Value.Drug, result.Value.Term));
    }

    [Fact]
    public void A_question_naming_neither_a_drug_nor_a_condition_is_still_not_found()
    {
        using var workspace = new CausaWorkspace(store.Directory);

        var result = new BrowseService(workspace).ReadQuestion("is it safe to take?");

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    [Fact]
    public void The_store_is_ready_and_tagged_and_the_sources_carry_their_licences()
    {
        using var workspace = new CausaWorkspace(store.Directory);
        var browse = new BrowseService(workspace);

        Assert.Null(browse.Unready());
        Assert.False(string.IsNullOrEmpty(browse.ContentTag()));
        Assert.Equal(browse.ContentTag(), browse.ContentTag());
        Assert.NotEmpty(browse.Licences());
        Assert.All(browse.Licences().Values, static l => Assert.False(string.IsNullOrWhiteSpace(l)));
    }

    [Fact]
    public void A_folder_without_a_store_is_not_ready_and_has_no_tag()
    {
        using var folder = new TempFolder();
        using var workspace = new CausaWorkspace(folder.Path);
        var browse = new BrowseService(workspace);

        Assert.Equal(ErrorKind.NoStore, browse.Unready()?.Kind);
        Assert.Null(browse.ContentTag());
        Assert.Empty(browse.Licences());
    }
}
