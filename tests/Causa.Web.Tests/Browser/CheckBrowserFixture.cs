using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Browser;

/// <summary>Chromium over a store with labels and indications (<see cref="SiteData.FaersSampleWithSources"/>), for the
/// article checker's page.</summary>
public sealed class CheckBrowserFixture() : ChromiumFixture(SiteData.FaersSampleWithSources);
