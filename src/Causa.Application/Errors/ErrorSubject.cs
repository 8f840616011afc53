namespace Causa.Application.Errors;

/// <summary>What an <see cref="Error"/> is about; every part is optional.</summary>
/// <param name="File">The file (absolute path) that failed.</param>
/// <param name="Line">The 1-based line of <paramref name="File"/>.</param>
/// <param name="Name">The drug, event, class or case id the user gave.</param>
public sealed record ErrorSubject(string? File = null, long? Line = null, string? Name = null);
