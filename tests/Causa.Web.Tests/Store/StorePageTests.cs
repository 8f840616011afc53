using System.Net;
using Causa.Application.Queries;
using Causa.Core.Verdicts;
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
        string[] leads = [VerdictWording.Lead(answer.Cause.Level), VerdictWording.Lead(answer.Help.Level)];
        string[] words = [EvidenceRules.Text(answer.Cause.Level), EvidenceRules.Text(answer.Help.Level)];
        for (var i = 0; i < 2; i++)
        {
            // The block's heading already asks the question and its label gives the verdict word; the sentence after it
            // is the answer in plain words, opening with that level's meaning (the lead the label already says is dropped).
            var plain = guide.BottomLine[i].Replace(answer.Drug, drug, StringComparison.Ordinal);
            var opening = $"? {leads[i]}: ";
            Assert.Contains(opening, plain, StringComparison.Ordinal);
            var answerPart = plain[(plain.IndexOf(opening, StringComparison.Ordinal) + opening.Length + 1)..];
            Assert.Contains(WebUtility.HtmlEncode(answerPart), html, StringComparison.Ordinal);
            Assert.Contains($"<span class=\"verdict-word\" data-verdict=\"{words[i]}\">{WebUtility.HtmlEncode(leads[i])}</span>", html, StringComparison.Ordinal);
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
    public async Task The_page_a_question_leads_to_says_how_the_question_words_were_read()
    {
        using var client = Client();

        using var ask = await client.GetAsync("/ask?q=" + Uri.EscapeDataString("can octreotide cause throwing up?"));
        var location = ask.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(location);

        Assert.StartsWith(SitePaths.Answer("OCTREOTIDE", "Vomiting"), location, StringComparison.Ordinal);
        Assert.Contains("How we read your words:", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("“throwing up” → Vomiting"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reading_with_alternatives_links_each_to_its_own_page()
    {
        // "feel sick" is ill (US) or nauseous (UK): the page shows the reading taken and links the others.
        using var client = Client();

        using var ask = await client.GetAsync("/ask?q=" + Uri.EscapeDataString("does octreotide make you feel sick?"));
        var html = await client.GetStringAsync(ask.Headers.Location!.OriginalString);

        var readings = html[html.IndexOf("<div class=\"readings\">", StringComparison.Ordinal)..];
        readings = readings[..readings.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Contains("“feel sick”", readings, StringComparison.Ordinal);
        Assert.Contains("or did you mean", readings, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{SitePaths.Answer("OCTREOTIDE", "Nausea")}\">Nausea</a>", readings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_whose_words_name_another_page_leaves_this_page_as_its_address_says()
    {
        // An address carrying a question that reads as another pair is answered from the address alone.
        using var client = Client();

        var html = await client.GetStringAsync(SitePaths.Answer("OCTREOTIDE", "Nausea") + "?q=" + Uri.EscapeDataString("can octreotide cause headache?"));

        Assert.Contains(WebUtility.HtmlEncode("Can octreotide cause nausea?"), html, StringComparison.Ordinal);
        Assert.DoesNotContain("headache", html.Split("<h1>")[1].Split("</h1>")[0], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what is octreotide used for?", "/drugs/octreotide")]
    [InlineData("octreotide side effects", "/drugs/octreotide")]
    [InlineData("what causes throwing up?", "/events/vomiting")]
    [InlineData("does it cause nausea?", "/events/nausea")]
    public async Task A_question_about_a_drug_alone_or_a_condition_alone_leads_to_its_page(string question, string page)
    {
        using var client = Client();

        using var ask = await client.GetAsync("/ask?q=" + Uri.EscapeDataString(question));
        var location = ask.Headers.Location!.OriginalString;
        using var answer = await client.GetAsync(location);

        Assert.Equal(HttpStatusCode.SeeOther, ask.StatusCode);
        Assert.Equal(page, location.Split('?')[0]);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task The_page_of_a_condition_asked_about_alone_names_the_words_that_led_to_it()
    {
        // "throwing up" leads to Vomiting's page, which says it is what the question called it; words that do not read
        // as the page's condition are never shown.
        using var client = Client();

        using var ask = await client.GetAsync("/ask?q=" + Uri.EscapeDataString("what causes throwing up?"));
        var html = await client.GetStringAsync(ask.Headers.Location!.OriginalString);
        var spoofed = await client.GetStringAsync(SitePaths.Event("Vomiting") + "?as=" + Uri.EscapeDataString("a vaccine injury"));

        Assert.Contains("Also called: throwing up", html, StringComparison.Ordinal);
        Assert.DoesNotContain("vaccine injury", spoofed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_naming_neither_a_drug_nor_a_condition_is_a_404_page_that_says_so()
    {
        // A question naming a condition alone leads to the condition's page (above); one naming nothing is not found.
        using var client = Client();

        using var response = await client.GetAsync("/ask?q=" + Uri.EscapeDataString("is it safe to take?"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No drug, brand or class was recognised", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_page_says_who_reports_the_pair_and_when_with_the_numbers_counted_from_the_text()
    {
        // Expected numbers: RealSampleProfileTests' reference line for vedolizumab and ulcerative colitis in this sample
        // (profile_reference.py, counted without Causa's reader): 17 cases received 2021-2025, women 7, men 10, ages
        // known for all 17 with median 58 (quartiles 45 and 65), 3 in hospital (3 of 17 = 17.6%, "18 in 100"),
        // all 17 serious, time to onset known for 6 with median 0 days.
        using var client = Client();
        using var page = await client.GetAsync(SitePaths.Answer("VEDOLIZUMAB", "Colitis ulcerative"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var start = html.IndexOf("<section class=\"profile\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no profile section");
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];

        Assert.Contains("Who reports this and when", section, StringComparison.Ordinal);
        Assert.Contains("17 reports in the store mention both vedolizumab and colitis ulcerative, received by the FDA from 2021 to 2025.", section, StringComparison.Ordinal);
        Assert.Contains("Women 7, men 10, not stated 0.", section, StringComparison.Ordinal);
        Assert.Contains("Age: 17 of 17 reports give an age. The middle age was 58 years; half were between 45 and 65 years old.", section, StringComparison.Ordinal);
        Assert.Contains("In hospital: 3 of these 17 reports (18 in 100), against ", section, StringComparison.Ordinal);
        Assert.Contains("Serious in any way: 17 of these 17 reports (all)", section, StringComparison.Ordinal);
        Assert.Contains("Time from starting vedolizumab to colitis ulcerative: 6 of 17 reports give both dates; for half of them it began on the day they started.", section, StringComparison.Ordinal);

        // Every chart has a text equivalent: the table of its numbers, here the year 2025 with its 8 cases.
        Assert.Contains("<tr><th scope=\"row\">2025</th><td>8</td></tr>", section, StringComparison.Ordinal);

        // Drawn on the server without inline styles (the CSP allows none).
        Assert.DoesNotContain("style=", section, StringComparison.Ordinal);
    }
}
