namespace Causa.Core.Storage;

/// <summary>A failure to open or write a store, with a message fit for users.</summary>
/// <param name="Kind">Category.</param>
/// <param name="Path">The file concerned.</param>
/// <param name="Message">What went wrong and what to do.</param>
public sealed record StoreError(StoreErrorKind Kind, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
