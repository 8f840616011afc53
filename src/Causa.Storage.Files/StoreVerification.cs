namespace Causa.Storage.Files;

/// <summary>How much of a store file <see cref="CaseStore.Open(string, StoreVerification)"/> verifies before it returns.</summary>
public enum StoreVerification
{
    /// <summary>Everything, on open: every section checksum, the zero padding, and that every offset rises and every id
    /// points inside its dictionary. Reads the whole file (about 0.2 s for a 250 MB store). What ingest and re-resolve
    /// use, so a store is never merged into a new one without it.</summary>
    Full,

    /// <summary>On open, the header, the directory, the section positions and sizes, whether the columns agree in length,
    /// and the dictionaries (ingredients, terms, countries, quarters); each other section's checksum on its first read.
    /// A damaged section a command reads is still never used: that read fails with <see cref="Core.Storage.InvalidStoreException"/>.
    /// For queries, whose cost then depends on what they read rather than on the size of the store.</summary>
    OnRead,
}
