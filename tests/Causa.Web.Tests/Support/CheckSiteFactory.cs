namespace Causa.Web.Tests.Support;

/// <summary>The site over the FAERS sample with label and indication sources (<see cref="SiteData.FaersSampleWithSources"/>).</summary>
public sealed class CheckSiteFactory() : WorkspaceSiteFactory(SiteData.FaersSampleWithSources);
