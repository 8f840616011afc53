namespace Causa.Application.Errors;

/// <summary>What the user can do about an <see cref="Error"/>, as a value: each front end puts it into its own words
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

    /// <summary>Ingest again asking to keep the accepted rows of a table whose rows were all or mostly rejected.</summary>
    AcceptMostlyRejectedTables,
}
