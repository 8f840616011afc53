namespace Causa.Web.Endpoints;

/// <summary>The answer of <c>GET /api/v1/version</c>: what this server is (the store's description is <c>/api/v1/info</c>).</summary>
/// <param name="Name">Always <c>causa</c>.</param>
/// <param name="Version">The server's version.</param>
/// <param name="Api">The API version, <c>v1</c>.</param>
public sealed record InfoResponse(string Name, string Version, string Api);
