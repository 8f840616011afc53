using Causa.Web.Components;
using Causa.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace Causa.Web.Endpoints;

/// <summary>The HTML pages. Handlers parse the address, ask the page source and render; nothing else.</summary>
internal static class PageEndpoints
{
    // Pages answer HEAD as well as GET (link checkers and monitors use HEAD); the server sends no body for HEAD.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription().CacheOutput(CachePolicies.Answers);
        pages.MapMethods("/", GetOrHead, HomeAsync);
        pages.MapMethods("/ask", GetOrHead, AskAsync);
        pages.MapMethods("/drugs/{name}", GetOrHead, DrugAsync);
        pages.MapMethods("/events/{name}", GetOrHead, EventAsync);
        pages.MapMethods("/cases/{caseId}", GetOrHead, CaseAsync);
        pages.MapMethods("/api-docs", GetOrHead, ApiHelp);
        pages.MapMethods("/{drug}/{condition}", GetOrHead, AnswerAsync);
    }

    public static async Task<IResult> HomeAsync(IAnswerPageSource source, CancellationToken cancellationToken) =>
        HtmlPages.Render<HomePage>(await source.HomeAsync(cancellationToken).ConfigureAwait(false));

    /// <summary><c>/ask?q=…</c> or <c>/ask?drug=…&amp;condition=…</c>: 303 See Other to the canonical answer page.</summary>
    public static async Task<IResult> AskAsync(string? q, string? drug, string? condition, HttpContext context, IAnswerPageSource source, CancellationToken cancellationToken)
    {
        var query = new AskQuery(Blank(q), Blank(drug), Blank(condition));
        if (query.IsEmpty)
        {
            return SeeOther(context, "/");
        }

        var lookup = await source.AskAsync(query, cancellationToken).ConfigureAwait(false);
        if (lookup.TryGetPage(out var path))
        {
            // The path comes from the page source; still, never redirect off the site.
            return SitePaths.IsLocal(path) ? SeeOther(context, path) : throw new InvalidOperationException("The page source returned a redirect that is not a site path.");
        }

        return NotFoundOrChoices(lookup);
    }

    public static async Task<IResult> AnswerAsync(string drug, string condition, string? q, string? asDrug, string? asCondition, IAnswerPageSource source, CancellationToken cancellationToken)
    {
        drug = Segment(drug);
        condition = Segment(condition);
        var typed = new AskQuery(Blank(q), Blank(asDrug), Blank(asCondition));
        var lookup = await source.AnswerAsync(new AnswerRequest(drug, condition, typed.IsEmpty ? null : typed), cancellationToken).ConfigureAwait(false);
        if (!lookup.TryGetPage(out var page))
        {
            return NotFoundOrChoices(lookup);
        }

        // One address per pair: another spelling of a name ("/remeron/back-pain") moves to the canonical one.
        if (!string.Equals(drug, SitePaths.Slug(page.Question.Drug), StringComparison.Ordinal)
            || !string.Equals(condition, SitePaths.Slug(page.Question.Condition), StringComparison.Ordinal))
        {
            return TypedResults.Redirect(SitePaths.Answer(page.Question.Drug, page.Question.Condition), permanent: true);
        }

        return HtmlPages.Render<AnswerPage>(page);
    }

    public static async Task<IResult> DrugAsync(string name, [FromQuery(Name = "as")] string? asTyped, IAnswerPageSource source, CancellationToken cancellationToken)
    {
        var lookup = await source.DrugAsync(Segment(name), Blank(asTyped), cancellationToken).ConfigureAwait(false);
        return lookup.TryGetPage(out var page) ? HtmlPages.Render<DrugPage>(page) : NotFoundOrChoices(lookup);
    }

    public static async Task<IResult> EventAsync(string name, [FromQuery(Name = "as")] string? asTyped, IAnswerPageSource source, CancellationToken cancellationToken)
    {
        var lookup = await source.EventAsync(Segment(name), Blank(asTyped), cancellationToken).ConfigureAwait(false);
        return lookup.TryGetPage(out var page) ? HtmlPages.Render<EventPage>(page) : NotFoundOrChoices(lookup);
    }

    public static async Task<IResult> CaseAsync(string caseId, IAnswerPageSource source, CancellationToken cancellationToken)
    {
        var page = await source.CaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        return page is not null
            ? HtmlPages.Render<CasePage>(page)
            : HtmlPages.Render<NotFoundPage>(new NotFoundModel(caseId, "Causa's reports hold no case with this number.", []), StatusCodes.Status404NotFound);
    }

    public static IResult ApiHelp() => HtmlPages.Render<ApiHelpPage>();

    /// <summary>Addresses that match no route: the 404 page, or problem+json under <c>/api</c>.</summary>
    public static IResult NotFound(HttpContext context) => ErrorResponses.IsApi(context)
        ? ErrorResponses.Problem(context, StatusCodes.Status404NotFound, "There is no API endpoint at this address. See /openapi/v1.json.")
        : HtmlPages.Render<NotFoundPage>(ErrorResponses.NoSuchPage, StatusCodes.Status404NotFound);

    private static IResult NotFoundOrChoices<T>(PageLookup<T> lookup)
        where T : class => lookup.Outcome == LookupOutcome.Ambiguous
            ? HtmlPages.Render<ChoicesPage>(lookup.Choices!)
            : HtmlPages.Render<NotFoundPage>(lookup.NotFound!, StatusCodes.Status404NotFound);

    private static IResult SeeOther(HttpContext context, string path)
    {
        context.Response.Headers.Location = path;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    // Routing decodes every escape in a segment except %2F (so that an escaped slash cannot split the path);
    // SitePaths escapes a "/" inside a name as %2F, so decode it here, after routing, to get the name back.
    private static string Segment(string value) => value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
