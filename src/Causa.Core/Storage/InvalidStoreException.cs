namespace Causa.Core.Storage;

/// <summary>Raised inside the store reader when the file's bytes are inconsistent; turned into a <see cref="StoreError"/> at the API boundary.</summary>
public sealed class InvalidStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidStoreException(StoreErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>Creates the exception.</summary>
    public InvalidStoreException()
        : this(StoreErrorKind.Corrupt, "The store is invalid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidStoreException(string message)
        : this(StoreErrorKind.Corrupt, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = StoreErrorKind.Corrupt;
    }

    /// <summary>Category of the problem.</summary>
    public StoreErrorKind Kind { get; }

    /// <summary>The damaged file of the store folder when it is not the case store (an evidence-source file read in place
    /// as a command goes); null for the case store.</summary>
    public string? FileName { get; init; }
}
