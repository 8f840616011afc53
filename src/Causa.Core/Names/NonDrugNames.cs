using System.Collections.Frozen;

namespace Causa.Core.Names;

/// <summary>
/// Recognises entries that name no drug: "UNKNOWN", "PLACEBO", "VITAMINS", "UNSPECIFIED ...", "NO SUSPECT DRUG"...
/// Works on cleaned text (<see cref="DrugNameCleaner.Clean"/>).
/// </summary>
/// <remarks>Pure; thread-safe. Deliberately conservative: an entry that also names a drug ("BLINDED IBRUTINIB")
/// is resolved to that drug before this check applies.</remarks>
public static class NonDrugNames
{
    private static readonly FrozenSet<string> Whole = FrozenSet.ToFrozenSet(
    [
        "UNKNOWN", "UNK", "UNKOWN", "UNKNOWN DRUG", "UNKNOWN DRUGS", "UNKNOWN MEDICATION", "UNKNOWN MEDICATIONS", "UNKNOWN PRODUCT",
        "PLACEBO", "PLACEBOS", "VITAMINS", "VITAMIN", "MULTIVITAMIN", "MULTIVITAMINS", "MULTI VITAMIN", "MULTI VITAMINS",
        "MULTIVITAMINS WITH MINERALS", "MINERALS", "VITAMINS MINERALS", "SUPPLEMENT", "SUPPLEMENTS", "DIETARY SUPPLEMENT",
        "HERBAL", "HERBALS", "HERBAL SUPPLEMENT", "HERBAL MEDICINE", "NONE", "NO DRUG", "NO MEDICATION", "NO MEDICATIONS",
        "NO SUSPECT DRUG", "NO SUSPECT PRODUCT", "OTHER", "OTHERS", "OTHER DRUGS", "OTHER MEDICATIONS", "MEDICATION",
        "MEDICATIONS", "DRUG", "DRUGS", "STUDY DRUG", "STUDY MEDICATION", "INVESTIGATIONAL DRUG", "INVESTIGATIONAL PRODUCT",
        "BLINDED", "BLINDED THERAPY", "BLINDED DRUG", "BLINDED STUDY DRUG", "CONCOMITANT DRUGS", "CONCOMITANT MEDICATIONS",
        "ALL OTHER THERAPEUTIC PRODUCTS", "ALL OTHER NON THERAPEUTIC PRODUCTS", "NOT REPORTED", "NOT SPECIFIED", "NA", "N A",
        "NOT APPLICABLE", "CHEMOTHERAPY", "ANTIBIOTICS", "ANTIBIOTIC", "VACCINE", "VACCINES", "STEROIDS", "STEROID", "PAIN MEDICATION",
    ]);

    private static readonly string[] Prefixes =
    [
        "UNKNOWN ", "UNSPECIFIED", "UNSPECIFIED ", "NOT SPECIFIED", "NO SUSPECT", "NO CONCOMITANT", "PLACEBO ", "BLINDED ",
        "INVESTIGATIONAL ", "STUDY DRUG", "OTHER ",
    ];

    /// <summary>True when the cleaned entry (or combination part) names no drug.</summary>
    /// <param name="cleaned">Text already cleaned by <see cref="DrugNameCleaner"/>; empty gives false.</param>
    public static bool IsNonDrug(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (cleaned.Length == 0)
        {
            return false;
        }

        if (Whole.Contains(cleaned))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (cleaned.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
