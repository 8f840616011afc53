namespace Causa.Core.Sources;

/// <summary>What one count in a source counts. Counts in different units are never added together.</summary>
public enum EvidenceUnit
{
    /// <summary>Not a count source (labels, indications).</summary>
    None = 0,

    /// <summary>Unique cases: one per FAERS caseid, latest version.</summary>
    Cases = 1,

    /// <summary>Safety reports as published (follow-ups and duplicates may count more than once).</summary>
    Reports = 2,

    /// <summary>Drug–event pairs: a report naming two events adds two.</summary>
    DrugEventPairs = 3,

    /// <summary>Joined DRUG × REAC rows: a report listing the drug twice counts each event twice.</summary>
    ReactionRows = 4,
}
