namespace Causa.Application.Verification;

/// <summary>What the full verification found in one file of the store folder (snake_case in JSON).</summary>
public enum VerifiedFileStatus
{
    /// <summary>Every checksum matches and the content reads as it should.</summary>
    Ok,

    /// <summary>Sound, but computed from an earlier store or vocabulary: queries ignore it until it is rebuilt. Not a failure.</summary>
    Stale,

    /// <summary>Unreadable or damaged: <c>causa verify</c> fails.</summary>
    Damaged,
}
