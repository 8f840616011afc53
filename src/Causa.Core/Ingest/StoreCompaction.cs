namespace Causa.Core.Ingest;

/// <summary>Whether an ingest rewrites the whole store (compacts it) or adds its new cases as a segment beside it.</summary>
public enum StoreCompaction
{
    /// <summary>Rewrite a small store (under <c>500,000</c> kept cases), or one that already has the most segments a
    /// store may hold; otherwise add a segment. The default.</summary>
    Auto = 0,

    /// <summary>Rewrite the whole store, folding every segment into one file.</summary>
    Always = 1,

    /// <summary>Add a segment whatever the store's size; rewrite only when the store already has the most segments it may hold.</summary>
    Defer = 2,
}
