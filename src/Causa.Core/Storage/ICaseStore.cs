using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>
/// The read side of a case store, as every query uses it: dictionaries, pair counts, case-level scans, case lookup,
/// contents and the saved MGPS scores. The file store (Causa.Storage.Files) and <see cref="InMemory.InMemoryCaseStore"/> implement it.
/// </summary>
/// <remarks>Implementations are thread-safe for reads. Disposing releases the store; no member may be used afterwards.</remarks>
public interface ICaseStore : IStoreDictionaries, IPairCounts, ICaseIndex, ICaseDetails, ICaseLookup, IStoreContents, IDisposable
{
    /// <summary>
    /// The MGPS scores saved with this very store content for these roles; null, with a note for the user (and a remedy),
    /// when there are none, they are stale (computed before the last ingest), for the other roles, or unreadable.
    /// </summary>
    ISavedScores? OpenSavedScores(RoleFilter roles, out SavedScoresNote? note);
}
