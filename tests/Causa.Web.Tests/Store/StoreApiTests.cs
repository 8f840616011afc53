using System.Net;
using System.Text.Json;
using Causa.Application;
using Causa.Application.Json;
using Causa.Application.Queries;
using Causa.Storage.Files;
using Causa.Tests.Shared;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Store;

/// <summary>
/// The JSON API over a real store answers exactly what the CLI's <c>--json</c> prints: the application layer's
/// response serialized with <see cref="CausaJson"/> and a newline (as the CLI's JsonOutput writes it).
/// </summary>
public sealed class StoreApiTests(StoreSiteFactory site) : IClassFixture<StoreSiteFactory>
{
    private QueryService Queries => new(site.Workspace);

    private static string Cli<T>(T value) => CausaJson.Serialize(value) + "\n";

    [Fact]
    public async Task Ask_answers_the_same_bytes_as_the_CLI()
    {
        var question = Queries.FirstQuestion(null, null).Value!;
        using var client = site.CreateClient();

        using var response = await client.GetAsync($"/api/v1/ask?drug={Uri.EscapeDataString(question.Drug)}&event={Uri.EscapeDataString(question.Event)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Cli(Queries.Ask(new AskRequest(question.Drug, question.Event)).Value!), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Top_info_and_resolve_answer_the_same_bytes_as_the_CLI()
    {
        var question = Queries.FirstQuestion(null, null).Value!;
        using var client = site.CreateClient();

        var top = await client.GetStringAsync($"/api/v1/top?drug={Uri.EscapeDataString(question.Drug)}&limit=5&min_count=1");
        var info = await client.GetStringAsync("/api/v1/info");
        var resolved = await client.GetStringAsync($"/api/v1/resolve/drug?text={Uri.EscapeDataString(question.Drug)}");

        Assert.Equal(Cli(Queries.Top(new TopRequest(question.Drug, null, null, MinCount: 1, Limit: 5)).Value!.Rows), top);
        Assert.Equal(Cli(Queries.Info().Value!), info);
        Assert.Equal(Cli(NameMatchResponse.From(Queries.FindDrug(question.Drug).Value!)), resolved);
    }

    [Fact]
    public async Task A_case_answers_the_same_bytes_as_the_CLI_and_an_unknown_case_is_a_404_problem()
    {
        // Case ids straight from the sample's DEMO table, an independent source of ids the store must know.
        var caseId = File.ReadLines(TestData.PathOf("faers", "nico8270_2025q4_sample1000", "DEMO25Q4.txt")).Skip(1)
            .Select(static line => line.Split('$')[1])
            .First(id => Queries.Case(id).Succeeded);
        using var client = site.CreateClient();

        var body = await client.GetStringAsync($"/api/v1/cases/{caseId}");
        using var missing = await client.GetAsync("/api/v1/cases/1");

        Assert.Equal(Cli(Queries.Case(caseId).Value!), body);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unknown_drug_is_a_400_problem_with_suggestions()
    {
        var question = Queries.FirstQuestion(null, null).Value!;
        // One letter dropped from a real ingredient: a misspelling the store can suggest the ingredient for.
        var typo = question.Drug.Remove(question.Drug.Length / 2, 1) + "qx";
        using var client = site.CreateClient();

        using var response = await client.GetAsync($"/api/v1/ask?drug={Uri.EscapeDataString(typo)}&event={Uri.EscapeDataString(question.Event)}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(JsonValueKind.Array, problem.RootElement.GetProperty("suggestions").ValueKind);
        Assert.Contains(typo, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_carry_an_ETag_and_a_matching_If_None_Match_gets_304()
    {
        using var client = site.CreateClient();

        using var first = await client.GetAsync("/api/v1/info");
        var tag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/info");
        request.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(request);

        Assert.Contains(FingerprintOf(site.Workspace).ToString("x16", System.Globalization.CultureInfo.InvariantCulture), tag.Tag, StringComparison.Ordinal);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(tag, second.Headers.ETag);
    }

    [Fact]
    public async Task Healthz_is_200_with_the_store_open()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static ulong FingerprintOf(CausaWorkspace workspace)
    {
        // Read from the file itself, not through the workspace under test.
        using var store = CaseStore.Open(workspace.Directory).Store!;
        return store.Fingerprint;
    }
}
