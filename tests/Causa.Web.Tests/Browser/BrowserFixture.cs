using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Browser;

/// <summary>Chromium over the site without a store, its pages from <see cref="TestPageSource"/>.</summary>
public sealed class BrowserFixture() : ChromiumFixture(SiteData.None);
