namespace Causa.Cli.Site;

/// <summary>What <see cref="ISiteRunner"/> serves: a store folder, where, and the API's rate limit.</summary>
/// <param name="StoreDirectory">The store folder (full path); it may hold no store yet.</param>
/// <param name="Urls">Where to listen: one address or several separated by <c>;</c>.</param>
/// <param name="ApiPermitsPerWindow">Requests one client address may make under <c>/api</c> per
/// <see cref="ApiWindowSeconds"/>; 0 turns the limit off. Never negative (the command checks it).</param>
public sealed record SiteRequest(string StoreDirectory, string Urls, int ApiPermitsPerWindow)
{
    /// <summary>Where the site listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The API's default rate limit, in requests per client address per window: the site's own default
    /// (Causa.Web's <c>WebOptions</c>; a test of the host keeps the two equal).</summary>
    public const int DefaultApiPermitsPerWindow = 120;

    /// <summary>The rate limit's fixed window, in seconds: the site's own (a test of the host keeps the two equal).</summary>
    public const int ApiWindowSeconds = 10;
}
