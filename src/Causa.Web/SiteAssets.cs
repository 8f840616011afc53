using System.Security.Cryptography;

namespace Causa.Web;

/// <summary>
/// The stylesheet and the small progressive-enhancement script, embedded in the assembly and served by Causa itself
/// (no CDN, nothing to deploy beside the binary). Addresses carry a content hash, so they can be cached for a year;
/// <c>Endpoints.StaticAssets</c> serves them.
/// </summary>
public static class SiteAssets
{
    /// <summary>The stylesheet.</summary>
    internal static SiteAsset Css { get; } = Load("causa.css", "text/css; charset=utf-8");

    /// <summary>The script.</summary>
    internal static SiteAsset Script { get; } = Load("causa.js", "text/javascript; charset=utf-8");

    /// <summary>The stylesheet's address, with its content hash.</summary>
    public static string CssHref => Css.Href;

    /// <summary>The script's address, with its content hash.</summary>
    public static string ScriptHref => Script.Href;

    private static SiteAsset Load(string name, string contentType)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Causa.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        return new SiteAsset(name, contentType, bytes, hash, "/assets/" + name + "?v=" + hash);
    }
}
