namespace Causa.Core.Ingest;

/// <summary>The two layouts FDA has used for its quarterly ASCII extracts.</summary>
public enum FaersLayout : byte
{
    /// <summary>Legacy AERS, 2004Q1–2012Q3: reports keyed by <c>isr</c>, cases by <c>case</c>; a trailing <c>$</c> on every row.</summary>
    LegacyAers = 1,

    /// <summary>FAERS, 2012Q4 on: <c>primaryid</c>, <c>caseid</c>, <c>caseversion</c>.</summary>
    Faers = 2,
}
