namespace Causa.Faers.Ingest;

/// <summary>The phases of an ingest, in order.</summary>
public enum IngestStage
{
    /// <summary>Reading a quarter's tables.</summary>
    Reading = 0,

    /// <summary>Deduplicating, resolving names and building indexes.</summary>
    Merging = 1,

    /// <summary>Writing the store file.</summary>
    Writing = 2,

    /// <summary>Finished.</summary>
    Done = 3,
}
