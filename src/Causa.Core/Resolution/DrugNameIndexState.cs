namespace Causa.Core.Resolution;

/// <summary>What a full check of the store folder's drug-name index found (<see cref="DrugNameIndexFile.Verify"/>).</summary>
public enum DrugNameIndexState
{
    /// <summary>The folder has no index; queries merge the names in memory.</summary>
    Missing,

    /// <summary>Sound, and built from exactly the store and vocabulary files now in the folder: queries read it.</summary>
    Current,

    /// <summary>Sound, but built from other store or vocabulary files (or written in another format version): queries
    /// ignore it and merge the names in memory until a writer rebuilds it. Also an index of these files whose lookup
    /// tables another build of Causa wrote (or none): queries read its merged names and build the tables in memory.</summary>
    Stale,

    /// <summary>Present but unreadable or damaged (a checksum, the header or the names inside); queries ignore it.</summary>
    Damaged,
}
