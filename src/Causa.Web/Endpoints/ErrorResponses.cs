using System.Diagnostics;
using Causa.Web.Components;
using Causa.Web.Models;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Causa.Web.Endpoints;

/// <summary>
/// Every error the site answers: RFC 7807 problem+json under <c>/api</c> and <c>/openapi</c>, an HTML page
/// elsewhere. Never a stack trace or exception text: the exception is logged by the exception handler, and the
/// response carries only a trace id to match the log.
/// </summary>
internal static class ErrorResponses
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    /// <summary>The exception handler: a 500 without details.</summary>
    public static Task HandleExceptionAsync(HttpContext context)
    {
        const int status = StatusCodes.Status500InternalServerError;
        return IsApi(context)
            ? Problem(context, status, "Causa could not answer this request. The error has been logged; please try again later.").ExecuteAsync(context)
            : HtmlPages.Render<ErrorPage>(Page(status), status).ExecuteAsync(context);
    }

    /// <summary>Bodies for responses that left the pipeline with an error status and no body (404, 405, 413, 414, 429).</summary>
    public static Task HandleStatusCodeAsync(StatusCodeContext statusContext)
    {
        var context = statusContext.HttpContext;
        var status = context.Response.StatusCode;
        if (IsApi(context))
        {
            return Problem(context, status, null).ExecuteAsync(context);
        }

        return status == StatusCodes.Status404NotFound
            ? HtmlPages.Render<NotFoundPage>(NoSuchPage, status).ExecuteAsync(context)
            : HtmlPages.Render<ErrorPage>(Page(status), status).ExecuteAsync(context);
    }

    /// <summary>A problem+json result with Causa's plain title for the status and a trace id.</summary>
    public static ProblemHttpResult Problem(HttpContext context, int status, string? detail, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>())
        {
            ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier,
        };
        return TypedResults.Problem(detail: detail, statusCode: status, title: Title(status), extensions: all);
    }

    public static NotFoundModel NoSuchPage { get; } = new("", "There is no page at this address. Try asking your question from the home page.", []);

    public static string Title(int status) => status switch
    {
        400 => "The request is not valid",
        404 => "Not found",
        405 => "This method is not allowed here",
        413 => "The request is too large",
        414 => "The address is too long",
        429 => "Too many requests",
        503 => "Causa is not available right now",
        >= 500 => "Something went wrong on Causa's side",
        _ => "The request could not be answered",
    };

    private static ErrorPageModel Page(int status) => status switch
    {
        413 => new(status, "This request is too large", "Causa reads short questions, and articles of up to 200,000 characters. Please shorten it and try again."),
        414 => new(status, "This address is too long", "Please shorten the question and try again from the home page."),
        405 => new(status, "This page cannot do that", "Open the page in your browser, or start again from the home page."),
        429 => new(status, "Too many requests", "Please wait a few seconds and try again."),
        >= 500 => new(status, "Something went wrong on our side", "Causa could not build this page. The error has been logged. Please try again in a little while."),
        _ => new(status, "This request could not be answered", "Please start again from the home page."),
    };
}
