using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Causa.Web.Endpoints;

/// <summary>
/// Renders a page component on the server. Razor components encode every expression (text and attributes) by
/// default, so data from FAERS and the sources can never become markup; nothing here writes raw HTML.
/// </summary>
internal static class HtmlPages
{
    public const string ContentType = "text/html; charset=utf-8";

    public static RazorComponentResult Render<TComponent>()
        where TComponent : IComponent => new RazorComponentResult<TComponent>() { ContentType = ContentType };

    public static RazorComponentResult Render<TComponent>(object model, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new RazorComponentResult<TComponent>(new Dictionary<string, object?> { ["Model"] = model })
        {
            StatusCode = statusCode,
            ContentType = ContentType,
        };
}
