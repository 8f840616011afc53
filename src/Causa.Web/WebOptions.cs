namespace Causa.Web;

/// <summary>
/// How the site is served: address, request limits and the API's rate limit. The defaults are the documented ones
/// (docs/ThreatModel.md); every limit applies on Kestrel and again in the pipeline, so tests see the same rules.
/// </summary>
public sealed class WebOptions
{
    /// <summary>The addresses to listen on; loopback only by default. Null leaves the host's own setting.</summary>
    public string? Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Largest request body accepted, in bytes (default 16 KiB: the site only reads; 413 above it).</summary>
    public long MaxRequestBodyBytes { get; init; } = 16 * 1024;

    /// <summary>Longest path plus query string accepted, in characters (default 2,048; 414 above it).</summary>
    public int MaxUrlLength { get; init; } = 2048;

    /// <summary>Longest query string accepted, in characters, including the <c>?</c> (default 1,024; 414 above it).</summary>
    public int MaxQueryLength { get; init; } = 1024;

    /// <summary>Largest total size of the request headers, in bytes (default 16 KiB; Kestrel answers 431 above it).</summary>
    public int MaxRequestHeadersBytes { get; init; } = 16 * 1024;

    /// <summary>Whether requests under <c>/api</c> are rate-limited per client address (default on).</summary>
    public bool ApiRateLimitEnabled { get; init; } = true;

    /// <summary>Requests one client address may make under <c>/api</c> per window (default 120; 429 above it).</summary>
    public int ApiPermitsPerWindow { get; init; } = 120;

    /// <summary>The rate limit's fixed window (default 10 seconds).</summary>
    public TimeSpan ApiWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request body accepted by the article checker (<c>POST /check</c>, <c>POST /api/v1/check</c>), in bytes
    /// (default 2 MiB: a form-encoded article of <see cref="Causa.Application.Articles.CheckLimits.MaxInputChars"/> characters
    /// fits; 413 above it). The checker then refuses any article over its own character limit.</summary>
    public long MaxCheckBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Marks every page as built from sample data (the preview host), so nobody mistakes it for an answer.</summary>
    public bool SampleData { get; init; }

    /// <summary>The body limit for a request: <see cref="MaxCheckBodyBytes"/> for a POST to the article checker, else
    /// <see cref="MaxRequestBodyBytes"/>.</summary>
    public long BodyLimitFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method) && SitePaths.IsCheck(request.Path) ? MaxCheckBodyBytes : MaxRequestBodyBytes;
    }

    /// <summary>Checks the options and returns them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public WebOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRequestBodyBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCheckBodyBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxUrlLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxQueryLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRequestHeadersBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ApiPermitsPerWindow);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ApiWindow, TimeSpan.Zero);
        return this;
    }
}
