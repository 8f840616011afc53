namespace Causa.Web.Tests.Support;

/// <summary>What a test site serves.</summary>
public enum SiteData
{
    /// <summary>No store: the pages come from <see cref="TestPageSource"/>, and every store question is answered 503.</summary>
    None,

    /// <summary>A store of the shared FAERS sample quarter (nico8270_2025q4_sample1000), ingested as <c>causa ingest</c> does.</summary>
    FaersSample,

    /// <summary>The FAERS sample plus SIDER 4.1 labels and DrugCentral's indications, so answers get real cause and help
    /// verdicts (the article checker's tests).</summary>
    FaersSampleWithSources,
}
