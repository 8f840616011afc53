namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads the EMA list of medicines by active substance (CSV with a UTF-8 BOM and a trailing comma on every line:
/// Active substance, Brand name, EU Number, Human or veterinary, Procedure type). Veterinary rows are skipped.
/// </summary>
public static class EmaMedicinesReader
{
    /// <summary>True when the header line is that of the EMA list.</summary>
    /// <param name="headerLine">First line of the file.</param>
    public static bool Recognises(string headerLine) =>
        headerLine is not null && headerLine.TrimStart('\uFEFF').StartsWith("Active substance,Brand name", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds every human medicine (brand → active substances) to the builder.</summary>
    /// <param name="reader">The file, positioned at its header line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var headerLine = reader.ReadLine();
        if (headerLine is null)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}: empty file");
        }

        var header = DelimitedText.SplitCsv(headerLine);
        var substance = DelimitedText.IndexOf(header, "Active substance");
        var brand = DelimitedText.IndexOf(header, "Brand name");
        var species = DelimitedText.IndexOf(header, "Human or veterinary");
        var procedure = DelimitedText.IndexOf(header, "Procedure type");
        if (substance < 0 || brand < 0)
        {
            return VocabularyImportResult.Fail(fileName, $"{fileName}, line 1: missing column 'Active substance' or 'Brand name'");
        }

        long rows = 0, rejected = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            rows++;
            var f = DelimitedText.SplitCsv(line);
            if (f.Count <= Math.Max(substance, brand) || string.IsNullOrWhiteSpace(f[substance]))
            {
                rejected++;
                continue;
            }

            if (species >= 0 && species < f.Count && f[species].Trim().StartsWith("Vet", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Orphan designations without a brand name are chemical descriptions, not names anyone reports.
            if (string.IsNullOrWhiteSpace(f[brand]))
            {
                continue;
            }

            // Class referrals list several substances separated by commas ("Citalopram, ..., Sertraline and Venlafaxine"):
            // the brand there is one of them, not a combination of all, so the row cannot say which.
            if (f[substance].Contains(", ", StringComparison.Ordinal))
            {
                continue;
            }

            // The same holds for referrals naming a group ("ambroxol / bromhexine", "ergot derived dopamine agonists"):
            // each national brand listed contains one member of the group.
            if (procedure >= 0 && procedure < f.Count && f[procedure].Contains("Referral", StringComparison.OrdinalIgnoreCase) &&
                Names.DrugNameCleaner.SplitClean(f[substance]).Count != 1)
            {
                continue;
            }

            if (procedure >= 0 && procedure < f.Count && f[procedure].Contains("Referral", StringComparison.OrdinalIgnoreCase) &&
                f[substance].Contains("AGONISTS", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            builder.AddProduct(f[brand], f[substance], VocabularySource.Ema);
        }

        builder.AddSourceInfo(new VocabularySourceInfo(VocabularySource.Ema, fileName, rows, rejected));
        return new VocabularyImportResult(fileName, VocabularySource.Ema, rows, rejected, null);
    }
}
