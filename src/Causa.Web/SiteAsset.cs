namespace Causa.Web;

/// <summary>One embedded asset: its file name, content type, bytes, content hash (16 hex digits) and hashed address.</summary>
internal sealed record SiteAsset(string Name, string ContentType, byte[] Bytes, string Hash, string Href);
