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
        var response = new QueryService(site.Workspace).Ask(new AskRequest(question.Drug, question.Event)).Value!;
        var answer = response.Evidence;

        // Names in readable case: the store writes ingredients in capitals; the page writes them as a patient would.
        var drug = answer.Drug.ToLowerInvariant();
        var term = char.ToLowerInvariant(answer.Term[0]) + answer.Term[1..];
        Assert.Contains(WebUtility.HtmlEncode($"Can {drug} cause {term}?"), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode($"Does {drug} help with {term}?"), html, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Drug + " ", html, StringComparison.Ordinal);

        // The bottom line is the guide's plain sentences, and every see-also question links to its canonical page.
        var guide = response.Guide!;
        Assert.Equal(2, guide.BottomLine.Count);
        foreach (var sentence in guide.BottomLine)
        {
            // The block's heading already asks the question; the sentence after it is the answer in plain words.
            var plain = sentence.Replace(answer.Drug, drug, StringComparison.Ordinal);
            var answerPart = plain[(plain.IndexOf("? ", StringComparison.Ordinal) + 3)..];
            Assert.Contains(WebUtility.HtmlEncode(answerPart), html, StringComparison.Ordinal);
        }

        Assert.NotEmpty(guide.SeeAlso);
        foreach (var item in guide.SeeAlso)
        {
            Assert.Contains($"href=\"{WebUtility.HtmlEncode(SitePaths.Answer(item.Drug, item.Event))}\"", html, StringComparison.Ordinal);
        }
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
