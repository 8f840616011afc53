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
        ArgumentNullException.ThrowIfNull(builder);
        return DelimitedTable.Read(reader, fileName, VocabularySource.Ema, builder, DelimitedTable.Csv, ["Active substance", "Brand name", "Human or veterinary", "Procedure type"], 2, (f, c) =>
        {
            var (substance, brand, species, procedure) = (c[0], c[1], c[2], c[3]);
            if (f.Count <= Math.Max(substance, brand))
            {
                return DelimitedTable.TooFewFields(f, Math.Max(substance, brand) + 1);
            }

            if (string.IsNullOrWhiteSpace(f[substance]))
            {
                return RowVerdict.Reject("blank active substance");
            }

            if (species >= 0 && species < f.Count && f[species].Trim().StartsWith("Vet", StringComparison.OrdinalIgnoreCase))
            {
                return RowVerdict.Skip("veterinary medicine");
            }

            // Orphan designations without a brand name are chemical descriptions, not names anyone reports.
            if (string.IsNullOrWhiteSpace(f[brand]))
            {
                return RowVerdict.Skip("no brand name");
            }

            // Class referrals list several substances separated by commas ("Citalopram, ..., Sertraline and Venlafaxine"):
            // the brand there is one of them, not a combination of all, so the row cannot say which.
            if (f[substance].Contains(", ", StringComparison.Ordinal))
            {
                return RowVerdict.Skip("class referral listing several substances");
            }

            // The same holds for referrals naming a group ("ambroxol / bromhexine", "ergot derived dopamine agonists"):
            // each national brand listed contains one member of the group.
            var referral = procedure >= 0 && procedure < f.Count && f[procedure].Contains("Referral", StringComparison.OrdinalIgnoreCase);
            if (referral && (Names.DrugNameCleaner.SplitClean(f[substance]).Count != 1 || f[substance].Contains("AGONISTS", StringComparison.OrdinalIgnoreCase)))
            {
                return RowVerdict.Skip("referral naming a group of substances");
            }

            builder.AddProduct(f[brand], f[substance], VocabularySource.Ema);
            return RowVerdict.Used;
        });
    }

}
