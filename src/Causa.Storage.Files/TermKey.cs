namespace Causa.Storage.Files;

/// <summary>Case normalisation of MedDRA terms and the rule that picks one display form among spellings.</summary>
internal static class TermKey
{
    /// <summary>The lookup key: trimmed, upper-case invariant.</summary>
    public static string Of(string term) => term.Trim().ToUpperInvariant();

    /// <summary>
    /// Picks the display form deterministically: a form with lower-case letters ("Back pain", as FAERS writes
    /// since 2012Q4) beats an all-capitals one (legacy "BACK PAIN"); ties go to the ordinal-smaller form, so the
    /// choice does not depend on the order in which spellings were seen.
    /// </summary>
    public static string PreferDisplay(string current, string candidate)
    {
        var currentMixed = HasLower(current);
        var candidateMixed = HasLower(candidate);
        if (currentMixed != candidateMixed)
        {
            return candidateMixed ? candidate : current;
        }

        return string.CompareOrdinal(candidate, current) < 0 ? candidate : current;
    }

    private static bool HasLower(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsLower(ch))
            {
                return true;
            }
        }

        return false;
    }
}
