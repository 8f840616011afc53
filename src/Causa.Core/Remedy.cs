namespace Causa.Core;

/// <summary>What the user can do about an expected failure or a note, as a value: each front end puts it into its own words
/// (the CLI names a command, the web a page), so the engine never names a command.</summary>
public enum Remedy
{
    /// <summary>Nothing to suggest beyond the message.</summary>
    None,

    /// <summary>Ingest FAERS quarterly files into the store first.</summary>
    IngestFirst,

    /// <summary>Re-import the store folder's vocabulary, or delete it to use the built-in names.</summary>
    ReimportVocabulary,

    /// <summary>Import DrugCentral's drug classes and names into the vocabulary.</summary>
    ImportDrugClasses,

    /// <summary>Delete the unreadable vocabulary file to start a new one.</summary>
    StartNewVocabulary,

    /// <summary>Try another class name (antidepressant, SSRI, statin...).</summary>
    TryAnotherClass,

    /// <summary>Add the evidence sources again: the saved ones are in a format this version does not read.</summary>
    ReaddSources,

    /// <summary>Add label, indication or count sources (the engine's caveat ends "add label, indication or count sources.").</summary>
    AddEvidenceSources,

    /// <summary>Compute the MGPS signal scan, which gives EBGM for every pair (none is saved).</summary>
    ComputeSignalScan,

    /// <summary>Compute the MGPS signal scan again (the saved one is stale or unreadable).</summary>
    RecomputeSignalScan,

    /// <summary>Compute an MGPS signal scan that counts all drug roles (the saved one counts suspect roles).</summary>
    ComputeSignalScanAllRoles,

    /// <summary>Compute an MGPS signal scan that counts suspect roles only (the saved one counts all roles).</summary>
    ComputeSignalScanSuspectRoles,

    /// <summary>Try again once the other writer of the store folder has finished, or wait longer for it.</summary>
    WaitForWriter,

    /// <summary>Import local copies of the name sources instead of downloading them (no internet access).</summary>
    ImportLocalVocabularyFiles,

    /// <summary>Ingest again asking to keep the accepted rows of a table whose rows were all or mostly rejected.</summary>
    AcceptMostlyRejectedTables,

    /// <summary>Ingest the FAERS quarters again into a new store folder (or after moving the old store file away): the
    /// store was written in an older format that lacks facts this version keeps per case.</summary>
    ReingestStore,

    /// <summary>Rebuild the store folder's drug-name index (a write of the vocabulary or the store does), or delete it:
    /// queries do without it.</summary>
    RebuildNameIndex,
}
