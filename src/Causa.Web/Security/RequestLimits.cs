using Microsoft.AspNetCore.Http.Features;

namespace Causa.Web.Security;

/// <summary>
/// Refuses requests over the configured limits before any page or API code runs: 414 for a long address or
/// query, 413 for a large body (the article checker's POSTs have their own, larger body limit). Kestrel enforces the same limits on the wire; this repeats them for any server
/// (the test host included) and answers with Causa's own error page or problem+json.
/// </summary>
internal sealed class RequestLimits(RequestDelegate next, WebOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var query = request.QueryString.Value ?? "";
        var target = request.PathBase.Value?.Length + request.Path.Value?.Length + query.Length ?? 0;
        if (query.Length > options.MaxQueryLength || target > options.MaxUrlLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        var bodyLimit = options.BodyLimitFor(request);
        if (request.ContentLength > bodyLimit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        // A chunked body has no Content-Length: cap what the server will read.
        var bodySize = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = bodyLimit;
        }

        return next(context);
    }
}
