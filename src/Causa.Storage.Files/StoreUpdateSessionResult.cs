using System.Diagnostics.CodeAnalysis;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>The outcome of <see cref="StoreUpdateSession.Begin"/>.</summary>
public sealed class StoreUpdateSessionResult
{
    private StoreUpdateSessionResult(StoreUpdateSession? session, StoreError? error)
    {
        Session = session;
        Error = error;
    }

    /// <summary>The session; null on failure.</summary>
    public StoreUpdateSession? Session { get; }

    /// <summary>Why the session could not begin; null on success.</summary>
    public StoreError? Error { get; }

    /// <summary>True when <see cref="Session"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Session))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Session is not null;

    internal static StoreUpdateSessionResult Success(StoreUpdateSession session) => new(session, null);

    internal static StoreUpdateSessionResult Failure(StoreError error) => new(null, error);
}
