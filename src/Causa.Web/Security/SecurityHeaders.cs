namespace Causa.Web.Security;

/// <summary>
/// Adds the security headers to every response, error pages included (set when the response starts, so an
/// exception handler that clears the response does not lose them).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>No inline script or style anywhere: scripts and styles come only from Causa's own /assets.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers.Remove("Server");
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
