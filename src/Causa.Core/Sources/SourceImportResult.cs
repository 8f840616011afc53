namespace Causa.Core.Sources;

/// <summary>The outcome of importing one source: the source, or an error naming the file and line.</summary>
public sealed class SourceImportResult
{
    private SourceImportResult(ImportedSource? source, string? error)
    {
        Source = source;
        Error = error;
    }

    /// <summary>The imported source; null on failure.</summary>
    public ImportedSource? Source { get; }

    /// <summary>Why the import failed (file, line, reason); null on success.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Source"/> is set.</summary>
    public bool Succeeded => Source is not null;

    /// <summary>A success.</summary>
    public static SourceImportResult Ok(ImportedSource source) => new(source ?? throw new ArgumentNullException(nameof(source)), null);

    /// <summary>A failure.</summary>
    public static SourceImportResult Fail(string error) => new(null, error);
}
