namespace Causa.Core.Sources;

/// <summary>A row that an importer did not use, and why.</summary>
/// <param name="File">File name (no folder).</param>
/// <param name="Line">1-based line number in that file.</param>
/// <param name="Reason">Why the row was rejected or left unmapped.</param>
public sealed record SourceRejection(string File, long Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
