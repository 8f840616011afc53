namespace Causa.Web;

/// <summary>The site's output-cache policies (registered by the host, named by the endpoints).</summary>
public static class CachePolicies
{
    /// <summary>
    /// Answers and pages over the store: a rendered body is kept for ten minutes per address (path and every query
    /// value) and per store generation (its entity tag is part of the key), so a newer store is never answered from an
    /// older one's cache. Only 200 responses to GET and HEAD are kept.
    /// </summary>
    public const string Answers = "answers";
}
