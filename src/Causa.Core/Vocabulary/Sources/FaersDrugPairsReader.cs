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
        ArgumentNullException.ThrowIfNull(builder);
        var counts = new Dictionary<(string, string), long>();
        var result = DelimitedTable.Read(reader, fileName, VocabularySource.FaersLearned, builder, DelimitedTable.On('$'), ["drugname", "prod_ai"], 2, (f, c) =>
        {
            if (f.Count <= Math.Max(c[0], c[1]))
            {
                return DelimitedTable.TooFewFields(f, Math.Max(c[0], c[1]) + 1);
            }

            var key = (f[c[0]].Trim(), f[c[1]].Trim());
            if (key.Item1.Length == 0 || key.Item2.Length == 0)
            {
                return RowVerdict.Skip("no drugname/prod_ai pair");
            }

            counts[key] = counts.GetValueOrDefault(key) + 1;
            return RowVerdict.Used;
        });
        builder.AddLearnedPairs(counts.Select(c => new Names.LearnedNamePair(c.Key.Item1, c.Key.Item2, c.Value)));
        return result;
    }

}
