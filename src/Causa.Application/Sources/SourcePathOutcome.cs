namespace Causa.Application.Sources;

/// <summary>What became of one path (or one file found in a folder) given to <see cref="SourceService.Add"/>.</summary>
/// <param name="Path">The file or folder, as given or as found in a given folder.</param>
/// <param name="Status"><c>added</c>; <c>replaced</c> (a source of that name was loaded and is replaced, not doubled);
/// <c>duplicate</c> (the same file or source was given twice in this request: it is added once); <c>skipped</c> (not a
/// source Causa reads, or superseded by another file given with it); <c>failed</c> (recognised, but its import failed:
/// nothing from it was added); <c>missing</c> (no such file or folder).</param>
/// <param name="Source">The source's name for <c>added</c>, <c>replaced</c> and <c>duplicate</c>; otherwise null.</param>
/// <param name="Reason">Why, for every status but <c>added</c>; null for <c>added</c>.</param>
public sealed record SourcePathOutcome(string Path, string Status, string? Source, string? Reason)
{
    /// <summary>The status of a path whose source was imported.</summary>
    public const string Added = "added";

    /// <summary>The status of a path whose source replaced a loaded one of the same name.</summary>
    public const string Replaced = "replaced";

    /// <summary>The status of a file or source given twice.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The status of a file that is not read.</summary>
    public const string Skipped = "skipped";

    /// <summary>The status of a path whose import failed.</summary>
    public const string Failed = "failed";

    /// <summary>The status of a path that does not exist.</summary>
    public const string Missing = "missing";
}
