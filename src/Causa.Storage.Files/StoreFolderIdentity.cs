namespace Causa.Storage.Files;

/// <summary>
/// What tells one store content from the next in a folder: the identity of the base file and of the segment manifest
/// (<see cref="StoreManifest"/>; none when the store is one file). An ingest renames one or the other into place.
/// </summary>
internal readonly record struct StoreFolderIdentity(StoreFileIdentity Base, StoreFileIdentity? Manifest)
{
    /// <summary>The identity of the store in <paramref name="directory"/>; null when its base file is missing or unreadable.</summary>
    public static StoreFolderIdentity? Of(string directory) =>
        StoreFileIdentity.Of(Path.Combine(directory, StoreFileFormat.FileName)) is { } baseFile
            ? new StoreFolderIdentity(baseFile, StoreFileIdentity.Of(StoreManifest.PathIn(directory)))
            : null;
}
