namespace Causa.TestSupport;

/// <summary>One request seen by <see cref="LocalHttpServer"/>.</summary>
/// <param name="Path">The request path, as sent.</param>
/// <param name="Range">The Range header's value, or null when absent.</param>
public sealed record RecordedRequest(string Path, string? Range);
