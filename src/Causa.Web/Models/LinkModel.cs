namespace Causa.Web.Models;

/// <summary>A link to another Causa page, with an optional short note shown after it.</summary>
/// <param name="Text">The link text (data: always HTML-encoded when rendered).</param>
/// <param name="Href">A site-relative address starting with <c>/</c>, built with <see cref="SitePaths"/>.</param>
/// <param name="Note">A short note shown after the link (for example a verdict word), or null.</param>
public sealed record LinkModel(string Text, string Href, string? Note = null);
