using Microsoft.Net.Http.Headers;

namespace Causa.Web.Endpoints;

/// <summary>Serves <see cref="SiteAssets"/> under <c>/assets</c>, cacheable for a year (the address changes with the content).</summary>
internal static class StaticAssets
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var assets = app.MapGroup("/assets").ExcludeFromDescription();
        assets.MapGet("/" + SiteAssets.Css.Name, (HttpContext context) => Serve(context, SiteAssets.Css));
        assets.MapGet("/" + SiteAssets.Script.Name, (HttpContext context) => Serve(context, SiteAssets.Script));
    }

    private static IResult Serve(HttpContext context, SiteAsset asset)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(asset.Bytes, asset.ContentType, entityTag: new EntityTagHeaderValue("\"" + asset.Hash + "\""));
    }
}
