namespace Causa.Web.Endpoints;

/// <summary>The answer of <c>GET /api/v1/info</c> (the application layer will add the store's description).</summary>
/// <param name="Name">Always <c>causa</c>.</param>
/// <param name="Version">The server's version.</param>
/// <param name="Api">The API version, <c>v1</c>.</param>
public sealed record InfoResponse(string Name, string Version, string Api);
