using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Causa.Web.Endpoints;

/// <summary>
/// The stylesheet and the small progressive-enhancement script, embedded in the assembly and served by Causa itself
/// (no CDN, nothing to deploy beside the binary). Addresses carry a content hash, so they can be cached for a year.
/// </summary>
public static class StaticAssets
{
    private static readonly Asset Css = Load("causa.css", "text/css; charset=utf-8");
    private static readonly Asset Script = Load("causa.js", "text/javascript; charset=utf-8");

    /// <summary>The stylesheet's address, with its content hash.</summary>
    public static string CssHref => Css.Href;

    /// <summary>The script's address, with its content hash.</summary>
    public static string ScriptHref => Script.Href;

    internal static void Map(IEndpointRouteBuilder app)
    {
        var assets = app.MapGroup("/assets").ExcludeFromDescription();
        assets.MapGet("/" + Css.Name, (HttpContext context) => Serve(context, Css));
        assets.MapGet("/" + Script.Name, (HttpContext context) => Serve(context, Script));
    }

    private static IResult Serve(HttpContext context, Asset asset)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(asset.Bytes, asset.ContentType, entityTag: new EntityTagHeaderValue("\"" + asset.Hash + "\""));
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("Causa.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        return new Asset(name, contentType, bytes, hash, "/assets/" + name + "?v=" + hash);
    }

    private sealed record Asset(string Name, string ContentType, byte[] Bytes, string Hash, string Href);
}
