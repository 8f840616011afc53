namespace Causa.Faers.Tests.Download;

/// <summary>One request seen by <see cref="LocalHttpServer"/>.</summary>
internal sealed record RecordedRequest(string Path, string? Range);
