using System.Threading.RateLimiting;
using Causa.Web.Endpoints;
using Causa.Web.Security;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration.Memory;

namespace Causa.Web.Hosting;

/// <summary>
/// Builds Causa's web site: pages, JSON API, security headers, limits and error handling. <c>causa serve</c>, the
/// preview host and the tests all host the site through <c>Create</c>, so they serve the same pipeline.
/// </summary>
public static class CausaWebApplication
{
    /// <summary>The name of the rate-limiting policy on <c>/api</c>.</summary>
    public const string ApiRateLimitPolicy = "api";

    /// <summary>
    /// Creates the site, configured and ready to <c>Run</c> or <c>StartAsync</c>.
    /// </summary>
    /// <param name="options">Address, limits and rate limit; validated here.</param>
    /// <param name="pages">Where the pages come from; registered as a singleton, so it must be thread-safe.</param>
    /// <param name="args">Host arguments (configuration, <c>--urls</c>); may be empty.</param>
    /// <returns>The application; the caller owns it and disposes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is zero or negative.</exception>
    public static WebApplication Create(WebOptions options, IAnswerPageSource pages, string[]? args = null) =>
        Create(options, pages, store: null, args);

    /// <summary>
    /// Creates the site over a store folder's workspace: the JSON API and <c>/healthz</c> answer from
    /// <paramref name="store"/> (read-only).
    /// </summary>
    /// <param name="options">Address, limits and rate limit; validated here.</param>
    /// <param name="pages">Where the pages come from; registered as a singleton, so it must be thread-safe.</param>
    /// <param name="store">The store the API answers from (its workspace is the caller's to dispose after the site stops);
    /// null answers every store question with 503.</param>
    /// <param name="args">Host arguments (configuration, <c>--urls</c>); may be empty.</param>
    /// <returns>The application; the caller owns it and disposes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is zero or negative.</exception>
    public static WebApplication Create(WebOptions options, IAnswerPageSource pages, WebStore? store, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pages);
        options.Validated();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ApplicationName = typeof(CausaWebApplication).Assembly.GetName().Name,
        });

        // Quiet by default: ASP.NET Core's per-request information lines (hosting, routing, output cache) would print
        // several lines per request under load; warnings and errors still print, and so does the host's start-up line
        // (Microsoft.Hosting.Lifetime). Added first, so the environment and the command line override it, e.g.
        // Logging__LogLevel__Microsoft.AspNetCore=Information for every request (docs/ThreatModel.md, "Web").
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietLogging });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The largest any endpoint accepts; RequestLimits lowers it per request to that request's limit.
            kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxRequestBodyBytes, options.MaxCheckBodyBytes);
            // The request line is "GET <target> HTTP/1.1"; the target limit itself is checked in the pipeline.
            kestrel.Limits.MaxRequestLineSize = options.MaxUrlLength + 64;
            kestrel.Limits.MaxRequestHeadersTotalSize = options.MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestHeaderCount = 64;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        if (options.Urls is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(pages);
        services.AddSingleton(store ?? new WebStore(null));
        services.AddRazorComponents();
        services.AddProblemDetails();
        services.AddOutputCache(static cache =>
        {
            // Rendering an answer page or an API answer costs far more than serving its bytes again; the store's entity
            // tag in the key keeps every generation's answers apart (docs/PERFORMANCE.md, "The web site under load").
            cache.SizeLimit = 256L * 1024 * 1024;
            cache.AddPolicy(CachePolicies.Answers, static policy => policy
                .Expire(TimeSpan.FromMinutes(10))
                .VaryByValue(static context => new KeyValuePair<string, string>("store", context.RequestServices.GetRequiredService<WebStore>().EntityTag ?? "none")));
        });
        services.AddOpenApi();
        // Bad query values are answered by the handlers as 400 problem+json; never throw them as exceptions.
        services.Configure<RouteHandlerOptions>(static o => o.ThrowOnBadRequest = false);
        services.AddRequestTimeouts(static o => o.DefaultPolicy = new RequestTimeoutPolicy { Timeout = TimeSpan.FromSeconds(30) });
        services.AddRateLimiter(static limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = static (context, _) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<WebOptions>().ApiWindow;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(static context =>
            {
                var settings = context.RequestServices.GetRequiredService<WebOptions>();
                // The API, and the check form, which runs the same work as POST /api/v1/check.
                var limited = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    || (HttpMethods.IsPost(context.Request.Method) && SitePaths.IsCheck(context.Request.Path));
                if (!settings.ApiRateLimitEnabled || !limited)
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                // One fixed window per client address; no queue, so a flood is refused at once instead of piling up.
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.ApiPermitsPerWindow,
                    Window = settings.ApiWindow,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });

        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>
    /// The default log levels: information for Causa and the host's start and stop, warnings and errors only for
    /// ASP.NET Core itself. Configuration keys, so <c>Logging:LogLevel:…</c> from the environment or the command line wins.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> QuietLogging { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    private static void Configure(WebApplication app)
    {
        // Order matters: headers first (they reach every response, errors included), then the exception handler
        // and the error bodies, then the limits, which must refuse a request before any endpoint runs.
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponses.HandleExceptionAsync });
        app.UseStatusCodePages(ErrorResponses.HandleStatusCodeAsync);
        app.UseMiddleware<RequestLimits>();
        if (app.Services.GetRequiredService<WebOptions>().ApiRateLimitEnabled)
        {
            // Off (`--rate-limit 0`, the load test): no limiter in the pipeline at all, not one that lets everything pass.
            app.UseRateLimiter();
        }

        app.UseRouting();
        app.UseOutputCache();
        app.UseRequestTimeouts();

        StaticAssets.Map(app);
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        StoreApiEndpoints.Map(app);
        CheckEndpoints.Map(app);
        PageEndpoints.Map(app);
        // GET and HEAD only, so another method on a known address stays a 405 (an unknown one is a bodiless 404
        // that the status-code pages complete).
        app.MapFallback("{**path}", PageEndpoints.NotFound)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription();
    }
}
