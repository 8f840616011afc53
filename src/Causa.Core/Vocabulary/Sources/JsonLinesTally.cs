namespace Causa.Core.Vocabulary.Sources;

/// <summary>What <see cref="JsonLinesRows.Read"/> counted over one file.</summary>
/// <param name="Rows">Non-blank lines read.</param>
/// <param name="Rejected">Lines that were not a usable JSON object.</param>
/// <param name="Skipped">Records read but giving no name.</param>
/// <param name="Reasons">Each reason for a skipped or rejected line, with how many lines gave it.</param>
/// <param name="FirstRejection">The first rejected line ("FILE, line N: reason"), or null.</param>
internal sealed record JsonLinesTally(long Rows, long Rejected, long Skipped, Dictionary<string, long> Reasons, string? FirstRejection)
{
    /// <summary>The import result for <paramref name="source"/>, recorded in <paramref name="builder"/>; a file without a
    /// record is an error.</summary>
    public VocabularyImportResult Finish(string fileName, VocabularySource source, VocabularyBuilder builder)
    {
        if (Rows == 0)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        builder.AddSourceInfo(new VocabularySourceInfo(source, fileName, Rows, Rejected));
        return new VocabularyImportResult(fileName, source, Rows, Rejected, null)
        {
            Skipped = Skipped,
            ReasonCounts = Reasons,
            FirstRejection = FirstRejection,
        };
    }
}
