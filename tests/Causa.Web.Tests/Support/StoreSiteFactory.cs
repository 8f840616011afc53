namespace Causa.Web.Tests.Support;

/// <summary>The site over a store of the FAERS sample quarter (<see cref="SiteData.FaersSample"/>).</summary>
public sealed class StoreSiteFactory() : WorkspaceSiteFactory(SiteData.FaersSample);
