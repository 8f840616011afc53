using System.Net;
using Causa.Application.Queries;
using Causa.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Causa.Web.Tests.Store;

/// <summary>The pages over a real store: the question redirects to its canonical page, which shows both verdicts.</summary>
public sealed class StorePageTests(StoreSiteFactory site) : IClassFixture<StoreSiteFactory>
{
    private HttpClient Client() => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_question_redirects_303_to_the_canonical_page_which_shows_both_verdicts_and_the_2x2()
    {
        var question = new QueryService(site.Workspace).FirstQuestion(null, null).Value!;
        using var client = Client();

        using var ask = await client.GetAsync($"/ask?drug={Uri.EscapeDataString(question.Drug.ToUpperInvariant())}&condition={Uri.EscapeDataString(question.Event)}");
        var location = ask.Headers.Location!.OriginalString;
        using var page = await client.GetAsync(location);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.SeeOther, ask.StatusCode);
        Assert.StartsWith(SitePaths.Answer(question.Drug, question.Event), location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var answer = new QueryService(site.Workspace).Ask(new AskRequest(question.Drug, question.Event)).Value!.Evidence;
        Assert.Contains(WebUtility.HtmlEncode($"Can {answer.Drug} cause {answer.Term}?"), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"Does {answer.Drug} help with {answer.Term}?"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_drug_is_a_404_page()
    {
        var question = new QueryService(site.Workspace).FirstQuestion(null, null).Value!;
        using var client = Client();

        using var response = await client.GetAsync($"/ask?drug=zzqqxx&condition={Uri.EscapeDataString(question.Event)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("zzqqxx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_question_redirects_303_to_the_page_of_the_drug_and_condition_it_names()
    {
        using var client = Client();

        using var ask = await client.GetAsync("/ask?q=" + Uri.EscapeDataString("can octreotide cause nausea?"));

        Assert.Equal(HttpStatusCode.SeeOther, ask.StatusCode);
        Assert.StartsWith(SitePaths.Answer("OCTREOTIDE", "Nausea"), ask.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_naming_no_drug_is_a_404_page_that_says_so()
    {
        using var client = Client();

        using var response = await client.GetAsync("/ask?q=" + Uri.EscapeDataString("does it cause nausea?"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No drug, brand or class was recognised", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
