namespace Causa.Web.Endpoints;

/// <summary>The JSON body of <c>POST /api/v1/check</c>, for the OpenAPI description (the handler reads the body itself).</summary>
/// <param name="Text">The article: plain text, Markdown or HTML.</param>
/// <param name="Format"><c>auto</c> (default), <c>text</c>, <c>markdown</c> or <c>html</c>.</param>
internal sealed record CheckBodyDocument(string Text, string? Format);
