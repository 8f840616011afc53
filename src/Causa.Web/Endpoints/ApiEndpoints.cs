using System.Reflection;
using Causa.Application.Names;
using Causa.Web.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Causa.Web.Endpoints;

/// <summary>
/// The JSON API under <c>/api/v1</c> that needs no store (version, completion); the store's answers are
/// <see cref="StoreApiEndpoints"/>.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>Most completions returned for one prefix.</summary>
    public const int MaxCompletions = CompletionService.MaxResults;

    /// <summary>Longest completion prefix read, in characters.</summary>
    public const int MaxPrefixLength = CompletionService.MaxTextLength;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Causa");
        api.MapGet("/version", Info)
            .WithName("Version")
            .WithSummary("What this server is: name, version and API version.");
        api.MapGet("/complete", CompleteAsync)
            .WithName("Complete")
            .WithSummary("Names for a home-page field's completion list, best first.")
            .WithDescription("field: drug or condition; prefix (or q): 1 to 100 characters; limit: 1 to 20 (default 10). Each entry has name, kind (ingredient, brand, class, term, lay_word), means and language. 400 problem+json for bad input.");

        // Any other GET under /api is a problem+json 404, never an answer route such as /{drug}/{condition}.
        // GET only: another method on a known endpoint must stay a 405, and on an unknown one reaches the fallback.
        app.MapMethods("/api/{**rest}", [HttpMethods.Get, HttpMethods.Head], PageEndpoints.NotFound)
            .ExcludeFromDescription();
    }

    public static Ok<InfoResponse> Info() => TypedResults.Ok(new InfoResponse(
        "causa",
        typeof(ApiEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        "v1"));

    public static async Task<Results<Ok<IReadOnlyList<CompletionModel>>, ProblemHttpResult>> CompleteAsync(
        string? field, string? prefix, string? q, int? limit, HttpContext context, IAnswerPageSource source, CancellationToken cancellationToken)
    {
        prefix ??= q;
        CompletionField kind;
        if (string.Equals(field, "drug", StringComparison.OrdinalIgnoreCase))
        {
            kind = CompletionField.Drug;
        }
        else if (string.Equals(field, "condition", StringComparison.OrdinalIgnoreCase))
        {
            kind = CompletionField.Condition;
        }
        else
        {
            return ErrorResponses.Problem(context, StatusCodes.Status400BadRequest, "field must be 'drug' or 'condition'.");
        }

        if (string.IsNullOrWhiteSpace(prefix) || prefix.Length > MaxPrefixLength)
        {
            return ErrorResponses.Problem(context, StatusCodes.Status400BadRequest, $"prefix must be 1 to {MaxPrefixLength} characters.");
        }

        var count = limit ?? CompletionService.DefaultResults;
        if (count is < 1 or > MaxCompletions)
        {
            return ErrorResponses.Problem(context, StatusCodes.Status400BadRequest, $"limit must be 1 to {MaxCompletions}.");
        }

        return TypedResults.Ok(await source.CompleteAsync(kind, prefix.Trim(), count, cancellationToken).ConfigureAwait(false));
    }
}
