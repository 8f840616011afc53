namespace Causa.Core.Storage;

/// <summary>Why a store could not be opened.</summary>
public enum StoreErrorKind
{
    /// <summary>No store file in the folder (nothing ingested yet).</summary>
    NotFound = 1,

    /// <summary>The file does not start with Causa's store signature.</summary>
    NotAStore = 2,

    /// <summary>Written by a newer, incompatible format version.</summary>
    UnsupportedVersion = 3,

    /// <summary>The file is shorter than its header says: cut off during copy or by a full disk.</summary>
    Truncated = 4,

    /// <summary>A checksum does not match: the bytes changed after writing.</summary>
    Corrupt = 5,

    /// <summary>The file could not be read (permissions, I/O error).</summary>
    Io = 6,

    /// <summary>Another process is writing the store.</summary>
    Locked = 7,
}
