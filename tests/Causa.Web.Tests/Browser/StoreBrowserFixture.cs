using Causa.Application.Queries;
using Causa.Web.Tests.Support;

namespace Causa.Web.Tests.Browser;

/// <summary>
/// Chromium over the real pages: a store ingested from the shared FAERS sample (<see cref="SiteData.FaersSample"/>), so a
/// typed question goes through the same use case as <c>causa ask</c>.
/// </summary>
public sealed class StoreBrowserFixture() : ChromiumFixture(SiteData.FaersSample)
{
    /// <summary>The question the store answers first (its most reported drug and that drug's strongest event).</summary>
    public FirstQuestion Question => new QueryService(Served.Workspace!).FirstQuestion(null, null).Value!;
}
