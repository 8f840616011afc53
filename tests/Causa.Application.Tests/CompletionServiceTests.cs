using Causa.Application.Errors;
using Causa.Application.Names;
using Causa.Application.Vocab;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>
/// Name completion over a store folder whose vocabulary is Drugs@FDA's product list (REMERON → MIRTAZAPINE, read by hand
/// from drugsatfda_Products_2023.txt, application 020415) and DrugCentral's classes, plus Causa's bundled class words
/// and lay-term lexicon (rugpijn nl → Back pain, Rückenschmerz de → Back pain, statine nl → statins, as the lexicon
/// files write them). The folder has no case store: completion needs none.
/// </summary>
public sealed class CompletionServiceTests : IClassFixture<CompletionServiceTests.VocabularyFolder>
{
    private readonly VocabularyFolder _folder;

    public CompletionServiceTests(VocabularyFolder folder) => _folder = folder;

    [Fact]
    public void A_brand_prefix_offers_the_brand_with_its_ingredient()
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        var found = Complete(workspace, CompletionTarget.Drug, "remer");

        var remeron = Assert.Single(found, static c => string.Equals(c.Name, "REMERON", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(CompletionKind.Brand, remeron.Kind);
        Assert.Equal("MIRTAZAPINE", remeron.Means, ignoreCase: true);
    }

    [Fact]
    public void An_ingredient_ranks_before_brands_and_an_exact_name_before_longer_ones()
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        var found = Complete(workspace, CompletionTarget.Drug, "mirtazapine");

        Assert.Equal("MIRTAZAPINE", found[0].Name, ignoreCase: true);
        Assert.Equal(CompletionKind.Ingredient, found[0].Kind);
        Assert.Null(found[0].Means);
    }

    [Fact]
    public void A_class_word_in_Dutch_offers_its_class()
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        var found = Complete(workspace, CompletionTarget.Drug, "statine");

        Assert.Equal(new NameCompletion("statine", CompletionKind.Class, "statins", "nl"), found[0]);
    }

    [Fact]
    public void Dutch_and_German_lay_words_complete_in_the_condition_field_with_their_term()
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        Assert.Contains(new NameCompletion("rugpijn", CompletionKind.LayWord, "Back pain", "nl"), Complete(workspace, CompletionTarget.Condition, "rugp"));
        Assert.Contains(new NameCompletion("Rückenschmerz", CompletionKind.LayWord, "Back pain", "de"), Complete(workspace, CompletionTarget.Condition, "rückensch"));
        Assert.DoesNotContain(Complete(workspace, CompletionTarget.Drug, "rugp"), static c => c.Name == "rugpijn");
    }

    [Theory]
    [InlineData("rucken")]
    [InlineData("RÜCKEN")]
    [InlineData("  Rücken ")]
    public void Case_accents_and_surrounding_spaces_do_not_matter(string typed)
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        Assert.Contains(Complete(workspace, CompletionTarget.Condition, typed, CompletionService.MaxResults), static c => c.Name == "Rückenschmerz");
    }

    [Fact]
    public void An_exact_name_comes_first_and_each_name_once()
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        var found = Complete(workspace, CompletionTarget.Condition, "back pain", CompletionService.MaxResults);

        Assert.Equal(new NameCompletion("Back pain", CompletionKind.Term, null, null), found[0]);
        Assert.Equal(found.Count, found.Select(static c => c.Name.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void Results_are_bounded_and_bad_input_is_an_error()
    {
        using var workspace = new CausaWorkspace(_folder.Path);
        var service = new CompletionService(workspace);

        Assert.Equal(CompletionService.MaxResults, service.Complete(CompletionTarget.Drug, "a", CompletionService.MaxResults).Value!.Count);
        Assert.Equal(3, service.Complete(CompletionTarget.Drug, "a", 3).Value!.Count);
        Assert.Empty(service.Complete(CompletionTarget.Drug, "qqzzxxw").Value!);
        Assert.Empty(service.Complete(CompletionTarget.Condition, "?!").Value!);
        Assert.Equal(ErrorKind.BadInput, service.Complete(CompletionTarget.Drug, new string('a', CompletionService.MaxTextLength + 1)).Error!.Kind);
        Assert.True(service.Complete(CompletionTarget.Drug, new string('a', CompletionService.MaxTextLength)).Succeeded);
        Assert.Equal(ErrorKind.BadInput, service.Complete(CompletionTarget.Drug, "   ").Error!.Kind);
        Assert.Equal(ErrorKind.BadInput, service.Complete(CompletionTarget.Drug, "mi", 0).Error!.Kind);
        Assert.Equal(ErrorKind.BadInput, service.Complete(CompletionTarget.Drug, "mi", CompletionService.MaxResults + 1).Error!.Kind);
    }

    [Fact]
    public void The_index_is_built_once_per_generation()
    {
        using var workspace = new CausaWorkspace(_folder.Path);
        using var first = workspace.Acquire();
        using var second = workspace.Acquire();

        var drugs = first.Generation.Cache<CompletionIndexes>().Drugs(first.Generation);
        Assert.Same(drugs, second.Generation.Cache<CompletionIndexes>().Drugs(second.Generation));
        Assert.Same(first.Generation.Cache<CompletionIndexes>().Conditions(first.Generation), second.Generation.Cache<CompletionIndexes>().Conditions(second.Generation));
        Assert.True(drugs.Count > 1_000);
    }

    [Fact]
    public void A_folder_without_store_or_vocabulary_still_completes_lay_words()
    {
        using var empty = new TempFolder();
        using var workspace = new CausaWorkspace(empty.Path);

        Assert.Contains(Complete(workspace, CompletionTarget.Condition, "hoofdp"), static c => c.Name == "hoofdpijn" && c.Means == "Headache");
        Assert.Contains(Complete(workspace, CompletionTarget.Drug, "statin"), static c => c.Kind == CompletionKind.Class);
    }

    private static IReadOnlyList<NameCompletion> Complete(CausaWorkspace workspace, CompletionTarget target, string text, int limit = CompletionService.DefaultResults)
    {
        var result = new CompletionService(workspace).Complete(target, text, limit);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value!;
    }

    /// <summary>A store folder with only a vocabulary: Drugs@FDA products and DrugCentral's classes.</summary>
    public sealed class VocabularyFolder : IDisposable
    {
        private readonly TempFolder _folder = new();

        public VocabularyFolder()
        {
            var dc = TestData.PathOf("drugnames", "drugcentral_2016");
            var imported = new VocabularyService(_folder.Path, TimeProvider.System).Import(new VocabularyImportRequest([
                TestData.PathOf("drugnames", "drugsatfda_Products_2023.txt"),
                System.IO.Path.Combine(dc, "pharm_class.tsv"),
                System.IO.Path.Combine(dc, "identifiers.tsv")]));
            Assert.True(imported.Succeeded, imported.Error?.Message);
        }

        public string Path => _folder.Path;

        public void Dispose() => _folder.Dispose();
    }
}
