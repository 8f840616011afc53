namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads a FAERS DRUG table ('$'-delimited, header with drugname and prod_ai) and learns drug name → ingredient pairs
/// from the rows that carry <c>prod_ai</c>.
/// </summary>
public static class FaersDrugPairsReader
{
    /// <summary>True for a FAERS DRUG header that has both drugname and prod_ai.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool Recognises(string headerLine) =>
        headerLine is not null && headerLine.Contains('$', StringComparison.Ordinal) &&
        headerLine.Contains("drugname", StringComparison.OrdinalIgnoreCase) &&
        headerLine.Contains("prod_ai", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts (drugname, prod_ai) pairs and adds them as learned votes.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the pairs.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var header = reader.ReadLine()?.Split('$');
        if (header is null)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        var name = DelimitedText.IndexOf(header, "drugname");
        var ai = DelimitedText.IndexOf(header, "prod_ai");
        if (name < 0 || ai < 0)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}, line 1: missing column drugname or prod_ai");
        }

        var counts = new Dictionary<(string, string), long>();
        long rows = 0, rejected = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            rows++;
            var f = line.Split('$');
            if (f.Length <= Math.Max(name, ai))
            {
                rejected++;
                continue;
            }

            var key = (f[name].Trim(), f[ai].Trim());
            if (key.Item1.Length > 0 && key.Item2.Length > 0)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        builder.AddLearnedPairs(counts.Select(c => new Names.LearnedNamePair(c.Key.Item1, c.Key.Item2, c.Value)));
        builder.AddSourceInfo(new VocabularySourceInfo(VocabularySource.FaersLearned, fileName, rows, rejected));
        return new VocabularyImportResult(fileName, VocabularySource.FaersLearned, rows, rejected, null);
    }
}
