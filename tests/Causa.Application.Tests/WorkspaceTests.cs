using Causa.Application.Errors;
using Causa.Application.Names;
using Causa.Application.Queries;
using Causa.Core;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>The workspace builds each part once and every use case shares it.</summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void IngestSample()
    {
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FileCaseSink(_folder.Path), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
    }

    [Fact]
    public void Ask_builds_the_drug_and_term_resolvers_once_and_loads_the_vocabulary_once()
    {
        IngestSample();
        using var workspace = new CausaWorkspace(_folder.Path);
        var queries = new QueryService(workspace);

        var first = queries.Ask(new AskRequest("Sandostatin", "nausea"));

        Assert.True(first.Succeeded, first.Error?.Message);
        Assert.Equal("OCTREOTIDE", first.Value.Reports!.Drug);
        // Before the workspace, one ask built the drug resolver twice (name lookup and evidence query) and loaded the
        // vocabulary twice; the evidence verdicts need no resolver at all once the names are resolved.
        Assert.Equal(1, workspace.DrugResolverBuilds);
        Assert.Equal(1, workspace.TermResolverBuilds);
        Assert.Equal(0, workspace.EvidenceTermResolverBuilds);
        Assert.Equal(1, workspace.VocabularyLoads);
    }

    [Fact]
    public void Later_use_cases_on_the_same_workspace_reuse_the_resolvers()
    {
        IngestSample();
        using var workspace = new CausaWorkspace(_folder.Path);
        var queries = new QueryService(workspace);

        Assert.True(queries.Ask(new AskRequest("octreotide", "nausea")).Succeeded);
        Assert.True(queries.Top(new TopRequest("octreotide", null, null)).Succeeded);
        Assert.True(queries.Evidence(new EvidenceRequest("octreotide", "nausea")).Succeeded);
        Assert.True(queries.Ask(new AskRequest("Sandostatin", "vomiting")).Succeeded);

        Assert.Equal(1, workspace.DrugResolverBuilds);
        Assert.Equal(1, workspace.TermResolverBuilds);
        Assert.Equal(1, workspace.EvidenceTermResolverBuilds);
        Assert.Equal(1, workspace.VocabularyLoads);
    }

    [Fact]
    public void Ask_and_resolve_on_one_workspace_build_each_resolver_once()
    {
        IngestSample();
        using var workspace = new CausaWorkspace(_folder.Path);
        var queries = new QueryService(workspace);
        var names = new NameService(workspace);

        Assert.True(queries.Ask(new AskRequest("Sandostatin", "nausea")).Succeeded);
        var drug = names.ResolveDrug("Sandostatin");
        var term = names.ResolveEvent("nausea");
        Assert.True(names.ResolveDrug("octreotide").Succeeded);
        Assert.True(names.ResolveEvent("vomiting").Succeeded);

        Assert.Equal(["OCTREOTIDE"], drug.Value!.Ingredients);
        Assert.Equal("Nausea", term.Value!.Match);
        // resolve used to build its own pair of resolvers beside the ones ask had built.
        Assert.Equal(1, workspace.DrugResolverBuilds);
        Assert.Equal(1, workspace.TermResolverBuilds);
        Assert.Equal(1, workspace.VocabularyLoads);
    }

    [Fact]
    public void Resolve_without_a_store_builds_the_resolvers_once_from_the_vocabulary_alone()
    {
        using var workspace = new CausaWorkspace(_folder.Path);
        var names = new NameService(workspace);

        Assert.True(names.ResolveDrug("aspirin").Succeeded);
        Assert.True(names.ResolveDrug("ibuprofen").Succeeded);
        Assert.True(names.ResolveEvent("nausea").Succeeded);
        Assert.True(names.ResolveEvent("headache").Succeeded);

        using (var lease = workspace.Acquire())
        {
            Assert.False(lease.Generation.HasCaseStore);
        }

        Assert.Equal(1, workspace.DrugResolverBuilds);
        Assert.Equal(1, workspace.TermResolverBuilds);
    }

    [Fact]
    public void Concurrent_first_uses_build_each_resolver_once()
    {
        IngestSample();
        using var workspace = new CausaWorkspace(_folder.Path);
        var queries = new QueryService(workspace);

        Parallel.For(0, 8, _ => Assert.True(queries.Ask(new AskRequest("octreotide", "nausea")).Succeeded));

        Assert.Equal(1, workspace.DrugResolverBuilds);
        Assert.Equal(1, workspace.TermResolverBuilds);
    }

    [Fact]
    public void A_folder_without_a_store_gives_a_no_store_error_with_the_ingest_remedy()
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        var result = new QueryService(workspace).Info();

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.NoStore, result.Error.Kind);
        Assert.Equal(Remedy.IngestFirst, result.Error.Remedy);
        Assert.DoesNotContain("causa ", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(503, ErrorHttpStatus.For(result.Error.Kind));
    }

    [Fact]
    public void An_unknown_drug_is_not_found_with_suggestions()
    {
        IngestSample();
        using var workspace = new CausaWorkspace(_folder.Path);

        var result = new QueryService(workspace).Ask(new AskRequest("octreo", "nausea"));

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.NotFound, result.Error.Kind);
        Assert.Contains("Did you mean: OCTREOTIDE", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal("octreo", result.Error.Subject?.Name);
        Assert.Equal(404, ErrorHttpStatus.For(result.Error.Kind));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("")]
    public void A_case_id_that_is_not_digits_is_bad_input(string caseId)
    {
        using var workspace = new CausaWorkspace(_folder.Path);

        var result = new QueryService(workspace).Case(caseId);

        Assert.Equal(ErrorKind.BadInput, result.Error?.Kind);
        Assert.Equal(400, ErrorHttpStatus.For(ErrorKind.BadInput));
    }
}
