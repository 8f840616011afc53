using Causa.Application.Errors;
using Causa.Application.Json;
using Causa.Application.Queries;
using Causa.Core;
using Causa.Core.Evidence;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Microsoft.AspNetCore.Mvc;

namespace Causa.Web.Endpoints;

/// <summary>
/// The store's answers under <c>/api/v1</c>: the application layer's responses serialized with <see cref="CausaJson"/>,
/// so each body is byte for byte what the CLI's <c>--json</c> prints for the same store (including its final newline).
/// Handlers parse the query, call <see cref="QueryService"/> and write; errors map through
/// <see cref="ErrorHttpStatus.For"/> to problem+json.
/// </summary>
internal static class StoreApiEndpoints
{
    /// <summary>How long a client or proxy may reuse an answer before revalidating it with its ETag, in seconds.</summary>
    public const int MaxAgeSeconds = 300;

    private const string JsonContentType = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Health)
            .WithName("Health")
            .WithTags("Causa")
            .WithSummary("200 once the store is open; 503 problem+json when there is none.")
            .Produces(StatusCodes.Status200OK, contentType: "text/plain")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var api = app.MapGroup("/api/v1").WithTags("Causa").AddEndpointFilter(NotModifiedFilterAsync).CacheOutput(CachePolicies.Answers);
        api.MapGet("/ask", Ask)
            .WithName("Ask")
            .WithSummary("Can DRUG cause EVENT? The 2×2 table, every statistic, the verdict and both evidence verdicts (as `causa ask --json`).")
            .WithDescription("drug, event: names as typed (brand, ingredient, everyday words); roles: suspect (default) or all.")
            .Answers<AskResponse>();
        api.MapGet("/evidence", Evidence)
            .WithName("Evidence")
            .WithSummary("Can DRUG cause CONDITION, and does it help with it? From every loaded source (as `causa evidence --json`).")
            .Answers<EvidenceAnswer>();
        api.MapGet("/top", Top)
            .WithName("Top")
            .WithSummary("The strongest signals for a drug, or the drugs most associated with an event (as `causa top --json`).")
            .WithDescription("drug, or event (optionally with class), or class; limit (default 20), min_count (default 3), roles: suspect or all.")
            .Answers<IReadOnlyList<TopEntry>>();
        api.MapGet("/profile", Profile)
            .WithName("Profile")
            .WithSummary("Who reports a pair's cases, since when, how serious, how soon after starting the drug, with what else; or a drug, an event or a class alone.")
            .WithDescription("drug and/or event, or class (optionally with event); roles: suspect (default) or all. A pair's profile carries the drug's baseline.")
            .Answers<ProfileResponse>();
        api.MapGet("/trend", Trend)
            .WithName("Trend")
            .WithSummary("DRUG (or class) and EVENT by year of first receipt, per year and cumulative: cases, PRR with its interval, IC025 (as `causa trend --json`).")
            .WithDescription("drug or class, and event; roles: suspect (default) or all.")
            .Answers<TrendAnswer>();
        api.MapGet("/compare", Compare)
            .WithName("Compare")
            .WithSummary("Would another drug of CLASS be better for EVENT? Each member's cases, PRR and IC025 with intervals, EBGM/EB05 when a scan is saved, label frequency against placebo, beside the class (as `causa compare --json`).")
            .WithDescription("class and event; roles: suspect (default) or all.")
            .Answers<ClassComparison>();
        api.MapGet("/cases/{caseid}", Case)
            .WithName("Case")
            .WithSummary("The kept version of a FAERS case (as `causa case --json`); 404 for an unknown case.")
            .Answers<CaseResponse>();
        api.MapGet("/info", Info)
            .WithName("Info")
            .WithSummary("What the store holds: cases, reports, quarters, drugs, events (as `causa info --json`).")
            .Answers<StoreSummary>();
        api.MapGet("/resolve/drug", ResolveDrug)
            .WithName("ResolveDrug")
            .WithSummary("How a drug name is read: the ingredient, how, and the confidence.")
            .Answers<NameMatchResponse>();
        api.MapGet("/resolve/event", ResolveEvent)
            .WithName("ResolveEvent")
            .WithSummary("How an event wording is read: the MedDRA preferred term, how, and the language.")
            .Answers<EventMatchResponse>();
    }

    public static IResult Health(HttpContext context, WebStore store)
    {
        if (store.Unready() is not { } error)
        {
            return TypedResults.Text("ok\n", "text/plain; charset=utf-8");
        }

        // Any failure to open the store (none yet, or a damaged file) means the site cannot answer: not ready.
        return ErrorResponses.Problem(context, StatusCodes.Status503ServiceUnavailable, Detail(error));
    }

    public static IResult Ask(string? drug, string? @event, string? roles, HttpContext context, WebStore store)
    {
        if (Required(context, ("drug", drug), ("event", @event)) is { } missing)
        {
            return missing;
        }

        if (!TryRoles(roles, out var filter))
        {
            return BadRoles(context);
        }

        return Write(context, store, q => q.Ask(new AskRequest(drug!, @event!, filter)), (drug!, true), (@event!, false));
    }

    public static IResult Evidence(string? drug, string? condition, HttpContext context, WebStore store) =>
        Required(context, ("drug", drug), ("condition", condition))
        ?? Write(context, store, q => q.Evidence(new EvidenceRequest(drug!, condition!)), (drug!, true), (condition!, false));

    public static IResult Top(
        string? drug,
        string? @event,
        [FromQuery(Name = "class")] string? drugClass,
        int? limit,
        [FromQuery(Name = "min_count")] int? minCount,
        string? roles,
        HttpContext context,
        WebStore store)
    {
        if (!TryRoles(roles, out var filter))
        {
            return BadRoles(context);
        }

        var request = new TopRequest(drug, @event, drugClass, minCount ?? 3, limit ?? 20, filter);
        return Write(context, store, q => q.Top(request).Map(static r => r.Rows), (drug ?? "", true), (@event ?? "", false));
    }

    public static IResult Profile(string? drug, string? @event, [FromQuery(Name = "class")] string? drugClass, string? roles, HttpContext context, WebStore store)
    {
        if (!TryRoles(roles, out var filter))
        {
            return BadRoles(context);
        }

        return Write(context, store, q => q.Profile(new ProfileRequest(drug, @event, drugClass, filter)), (drug ?? "", true), (@event ?? "", false));
    }

    public static IResult Trend(string? drug, string? @event, [FromQuery(Name = "class")] string? drugClass, string? roles, HttpContext context, WebStore store)
    {
        if (Required(context, ("event", @event)) is { } missing)
        {
            return missing;
        }

        if (!TryRoles(roles, out var filter))
        {
            return BadRoles(context);
        }

        return Write(context, store, q => q.Trend(new TrendRequest(drug, @event!, drugClass, filter)), (drug ?? "", true), (@event!, false));
    }

    public static IResult Compare([FromQuery(Name = "class")] string? drugClass, string? @event, string? roles, HttpContext context, WebStore store)
    {
        if (Required(context, ("class", drugClass), ("event", @event)) is { } missing)
        {
            return missing;
        }

        if (!TryRoles(roles, out var filter))
        {
            return BadRoles(context);
        }

        return Write(context, store, q => q.Compare(new CompareRequest(drugClass!, @event!, filter)), (@event!, false));
    }

    public static IResult Case(string caseid, HttpContext context, WebStore store) =>
        Write(context, store, q => q.Case(caseid));

    public static IResult Info(HttpContext context, WebStore store) =>
        Write(context, store, static q => q.Info());

    public static IResult ResolveDrug(string? text, HttpContext context, WebStore store) =>
        Required(context, ("text", text))
        ?? Write(context, store, q => q.FindDrug(text!).Map(NameMatchResponse.From), (text!, true));

    public static IResult ResolveEvent(string? text, HttpContext context, WebStore store) =>
        Required(context, ("text", text))
        ?? Write(context, store, q => q.FindEvent(text!).Map(EventMatchResponse.From), (text!, false));

    /// <summary>Answers 304 when the client already holds this store's answer (any answer endpoint, same tag).</summary>
    private static async ValueTask<object?> NotModifiedFilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var tag = context.RequestServices.GetRequiredService<WebStore>().EntityTag;
        if (tag is not null && context.Request.Headers.IfNoneMatch.Any(v => v is not null && Matches(v, tag)))
        {
            SetCacheHeaders(context, tag);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return await next(invocation).ConfigureAwait(false);
    }

    private static bool Matches(string header, string tag) =>
        header.Split(',').Any(t => t.Trim() is var one && (one == "*" || one == tag || one == "W/" + tag));

    private static IResult Write<T>(HttpContext context, WebStore store, Func<QueryService, Result<T>> query, params (string Text, bool IsDrug)[] names)
    {
        if (store.Queries is null)
        {
            return Fail(context, store, WebStore.NoWorkspace, names);
        }

        // The tag first: should a newer store generation arrive meanwhile, the answer is newer than its tag, never older.
        var entityTag = store.EntityTag;
        var result = query(store.Queries);
        if (!result.TryGetValue(out var value, out var error))
        {
            return Fail(context, store, error, names);
        }

        if (entityTag is { } tag)
        {
            SetCacheHeaders(context, tag);
        }

        // The CLI writes the document and a newline (WriteLine); so does the API.
        return TypedResults.Text(CausaJson.Serialize(value) + "\n", JsonContentType);
    }

    private static void SetCacheHeaders(HttpContext context, string tag)
    {
        context.Response.Headers.ETag = tag;
        context.Response.Headers.CacheControl = $"public, max-age={MaxAgeSeconds}";
    }

    private static IResult Fail(HttpContext context, WebStore store, Error error, (string Text, bool IsDrug)[] names)
    {
        var extensions = new Dictionary<string, object?>();
        if (error.Kind is ErrorKind.NotFound or ErrorKind.BadInput && error.Subject?.Name is { } subject)
        {
            // Which name failed is the error's subject; its alternatives come from the same lookup the use case ran.
            var name = names.FirstOrDefault(n => string.Equals(n.Text, subject, StringComparison.Ordinal));
            if (name.Text is not null && store.FindName(name.Text, name.IsDrug) is { } match)
            {
                extensions[match.Kind == NameMatchKind.Ambiguous ? "choices" : "suggestions"] = match.Suggestions.ToArray();
            }
        }

        // An unknown name is bad input to the API (the resource is the question, not the name); an unknown case is 404.
        var status = error.Kind == ErrorKind.NotFound && extensions.Count > 0 ? StatusCodes.Status400BadRequest : ErrorHttpStatus.For(error.Kind);
        return ErrorResponses.Problem(context, status, Detail(error), extensions);
    }

    internal static string Detail(Error error)
    {
        var message = char.ToUpperInvariant(error.Message[0]) + error.Message[1..];
        return error.Remedy switch
        {
            Remedy.IngestFirst => message + " Ingest FAERS quarterly files into the store folder first (causa quickstart, or causa ingest).",
            Remedy.ReimportVocabulary => message + " Re-import the store folder's vocabulary (causa vocab import), or delete it to use the built-in names.",
            Remedy.ImportDrugClasses => message + " Import DrugCentral's drug classes into the vocabulary (causa vocab import).",
            Remedy.TryAnotherClass => message + " Try another class name (antidepressant, SSRI, statin...).",
            Remedy.ReaddSources => message + " The store folder's evidence sources must be added again (causa source add).",
            Remedy.ReingestStore => message + " The store must be built again from the FAERS quarters (causa ingest into a new store folder).",
            _ => message,
        };
    }

    private static IResult? Required(HttpContext context, params (string Name, string? Value)[] parameters)
    {
        var missing = parameters.Where(static p => string.IsNullOrWhiteSpace(p.Value)).Select(static p => p.Name).ToList();
        return missing.Count == 0 ? null : ErrorResponses.Problem(context, StatusCodes.Status400BadRequest, $"Give {string.Join(" and ", missing)}.");
    }

    private static bool TryRoles(string? roles, out RoleFilter filter)
    {
        filter = string.Equals(roles, "all", StringComparison.OrdinalIgnoreCase) ? RoleFilter.All : RoleFilter.Suspect;
        return roles is null || filter == RoleFilter.All || string.Equals(roles, "suspect", StringComparison.OrdinalIgnoreCase);
    }

    private static IResult BadRoles(HttpContext context) =>
        ErrorResponses.Problem(context, StatusCodes.Status400BadRequest, "roles must be 'suspect' or 'all'.");

    private static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder builder) => builder
        .Produces<T>(StatusCodes.Status200OK, "application/json")
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
