namespace Causa.Core.Storage;

/// <summary>A failure to open or write a store, with a message fit for users.</summary>
/// <param name="Kind">Category.</param>
/// <param name="Path">The file concerned.</param>
/// <param name="Message">What went wrong, without a command name.</param>
/// <param name="Remedy">What the user can do about it; each front end puts it into its own words.</param>
public sealed record StoreError(StoreErrorKind Kind, string Path, string Message, Remedy Remedy = Remedy.None)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
