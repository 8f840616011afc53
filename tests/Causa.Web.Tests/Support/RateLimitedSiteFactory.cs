namespace Causa.Web.Tests.Support;

/// <summary>The site with a tiny API rate limit (3 requests a minute), to see the 429.</summary>
public sealed class RateLimitedSiteFactory : SiteFactory
{
    protected override WebOptions Options => new() { Urls = null, ApiPermitsPerWindow = 3, ApiWindow = TimeSpan.FromMinutes(1) };
}
