namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads SIDER 4.1 <c>drug_names.tsv</c> (no header; STITCH compound id, drug name): ingredient names. SIDER cuts names of
/// acids before "acid" ("5-aminolevulinic", "gamma-aminobutyric"): such a truncated name is skipped rather than added as a
/// different ingredient. The list mixes brands with ingredients ("Zyprexa", "Lantus"), so a name is taken as an ingredient
/// only when no product source of the same build knows it as a brand (<see cref="VocabularyBuilder.AddUnsureIngredient"/>).
/// SIDER is CC BY-NC-SA: Causa imports it at the user's request and never bundles it.
/// </summary>
public static class SiderDrugNamesReader
{
    /// <summary>True when the first line has two tab-separated fields, a STITCH id and a name.</summary>
    /// <param name="firstLine">First line of the file.</param>
    public static bool Recognises(string firstLine)
    {
        if (firstLine is null)
        {
            return false;
        }

        var f = firstLine.Split('\t');
        return f.Length == 2 && f[0].StartsWith("CID", StringComparison.Ordinal) && f[1].Trim().Length > 0;
    }

    /// <summary>Adds every drug name to the builder as an ingredient.</summary>
    /// <param name="reader">The file, at its first line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return DelimitedTable.Read(reader, fileName, VocabularySource.Sider, builder, DelimitedTable.On('\t'), columns: null, 0, (f, _) =>
        {
            if (f.Count != 2)
            {
                return RowVerdict.Reject($"wrong field count: expected 2, found {f.Count}");
            }

            var name = f[1].Trim();
            if (name.Length == 0 || !f[0].StartsWith("CID", StringComparison.Ordinal))
            {
                return RowVerdict.Reject("blank name or not a STITCH id");
            }

            if (name.EndsWith("ic", StringComparison.OrdinalIgnoreCase))
            {
                return RowVerdict.Skip("acid name truncated by SIDER");
            }

            if (!name.Contains(' ', StringComparison.Ordinal) && name.EndsWith("ated", StringComparison.OrdinalIgnoreCase))
            {
                // "conjugated" (of "conjugated estrogens"): an adjective left alone by the same truncation.
                return RowVerdict.Skip("name truncated by SIDER to its adjective");
            }

            builder.AddUnsureIngredient(name);
            return RowVerdict.Used;
        });
    }
}
