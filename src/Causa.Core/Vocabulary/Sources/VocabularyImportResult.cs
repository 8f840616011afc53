namespace Causa.Core.Vocabulary.Sources;

/// <summary>The outcome of importing one source file.</summary>
/// <param name="FileName">File name as given (no directory).</param>
/// <param name="Source">The source recognised; null when the file was not recognised.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Rejected">Rows skipped as malformed (wrong field count, blank key).</param>
/// <param name="Error">Null on success; otherwise why nothing was imported (file, line and reason).</param>
public sealed record VocabularyImportResult(string FileName, VocabularySource? Source, long Rows, long Rejected, string? Error)
{
    /// <summary>Well-formed rows deliberately not used (veterinary products, class types not used...).</summary>
    public long Skipped { get; init; }

    /// <summary>Skipped and rejected rows per reason category.</summary>
    public IReadOnlyDictionary<string, long> ReasonCounts { get; init; } = new Dictionary<string, long>();

    /// <summary>The first rejected row, as "file, line N: reason"; null when none was rejected.</summary>
    public string? FirstRejection { get; init; }

    /// <summary>True when the file was readable but is none of the known source formats.</summary>
    public bool NotRecognised { get; init; }

    /// <summary>True when the file was recognised and read.</summary>
    public bool Succeeded => Error is null;

    internal static VocabularyImportResult Fail(string fileName, string error) => new(fileName, null, 0, 0, error);
}
