using System.Net;
using System.Text.Json;
using Causa.Application.Queries;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Store;

/// <summary>
/// <c>GET /api/v1/complete</c> over a real store: the application layer's completions with their kind, meaning and
/// language (rugpijn nl → Back pain, as Causa's lay-term lexicon writes it).
/// </summary>
public sealed class CompletionApiTests(StoreSiteFactory site) : IClassFixture<StoreSiteFactory>
{
    [Fact]
    public async Task Completion_offers_store_ingredients_and_lay_words_with_what_they_mean()
    {
        var drug = new QueryService(site.Workspace).FirstQuestion(null, null).Value!.Drug;
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/api/v1/complete?field=condition&prefix=RUGP");
        var drugs = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/complete?field=drug&q={Uri.EscapeDataString(drug.ToLowerInvariant())}&limit=5")).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var conditions = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(conditions.EnumerateArray(), static c =>
            c.GetProperty("name").GetString() == "rugpijn" && c.GetProperty("kind").GetString() == "lay_word"
            && c.GetProperty("means").GetString() == "Back pain" && c.GetProperty("language").GetString() == "nl");
        Assert.InRange(drugs.GetArrayLength(), 1, 5);
        Assert.Equal(drug, drugs[0].GetProperty("name").GetString(), ignoreCase: true);
        Assert.Equal("ingredient", drugs[0].GetProperty("kind").GetString());
    }
}
