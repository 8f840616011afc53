namespace Causa.Core.Vocabulary.Sources;

/// <summary>The three fates of a data row in a vocabulary source.</summary>
internal enum RowVerdictKind
{
    /// <summary>Contributed to the vocabulary.</summary>
    Used = 0,

    /// <summary>Well-formed but not relevant (veterinary product, class type not used...).</summary>
    Skipped = 1,

    /// <summary>Malformed (too few fields, blank key).</summary>
    Rejected = 2,
}
