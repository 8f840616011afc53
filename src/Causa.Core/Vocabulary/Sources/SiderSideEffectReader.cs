namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads SIDER 4.1 <c>meddra_all_se.tsv</c> (no header; STITCH flat id, STITCH stereo id, label UMLS CUI, MedDRA type LLT/PT,
/// MedDRA UMLS CUI, name). Rows of one drug label concept come together: each LLT wording there is mapped to the PT(s) given
/// beside it. SIDER is CC BY-NC-SA: Causa imports it at the user's request and never bundles it.
/// </summary>
public static class SiderSideEffectReader
{
    /// <summary>True when the first line has SIDER's six columns with STITCH ids and a LLT/PT type.</summary>
    /// <param name="firstLine">First line of the file.</param>
    public static bool Recognises(string firstLine)
    {
        if (firstLine is null)
        {
            return false;
        }

        var f = firstLine.Split('\t');
        return f.Length == 6 && f[0].StartsWith("CID", StringComparison.Ordinal) && f[3] is "LLT" or "PT";
    }

    /// <summary>Adds LLT wording → PT pairs to the builder (a wording that is itself a PT is skipped).</summary>
    /// <param name="reader">The file, at its first line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the pairs.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string? groupKey = null;
        var llts = new List<string>();
        var pts = new List<string>();
        var seen = new HashSet<(string, string)>();

        void FlushGroup()
        {
            foreach (var llt in llts)
            {
                if (pts.Contains(llt, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var pt in pts)
                {
                    // One vote per distinct pair: SIDER repeats the same wording for every drug label.
                    if (seen.Add((llt, pt)))
                    {
                        builder.AddEventSynonym(llt, pt, VocabularySource.Sider);
                    }
                }
            }

            llts.Clear();
            pts.Clear();
        }

        var result = DelimitedTable.Read(reader, fileName, VocabularySource.Sider, builder, DelimitedTable.On('\t'), columns: null, 0, (f, _) =>
        {
            if (f.Count != 6)
            {
                return RowVerdict.Reject($"wrong field count: expected 6, found {f.Count}");
            }

            if (f[3] is not ("LLT" or "PT") || string.IsNullOrWhiteSpace(f[5]))
            {
                return RowVerdict.Reject("MedDRA type is not LLT or PT, or the name is blank");
            }

            var key = f[0] + "\t" + f[2];
            if (!string.Equals(key, groupKey, StringComparison.Ordinal))
            {
                FlushGroup();
                groupKey = key;
            }

            (f[3] == "LLT" ? llts : pts).Add(f[5].Trim());
            return RowVerdict.Used;
        });
        FlushGroup();
        return result;
    }

}
