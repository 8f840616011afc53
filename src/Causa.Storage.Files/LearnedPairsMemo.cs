using Causa.Core.Names;

namespace Causa.Storage.Files;

/// <summary>
/// The learned name pairs of the store content an ingest just wrote, kept for the rest of the process under the
/// content's fingerprint.
/// </summary>
/// <remarks>Why: the ingest counted them to resolve the new names; the drug-name index it rebuilds next, over the
/// reopened store, needs exactly those pairs, and counting them again means a pass over every stored drug row. Handing
/// out the same list also lets the index reuse the resolver's merged vocabulary (it checks the list's identity). One
/// entry; thread-safe.</remarks>
internal static class LearnedPairsMemo
{
    private static Tuple<ulong, IReadOnlyList<LearnedNamePair>>? _last;

    /// <summary>Remembers <paramref name="pairs"/> as the learned pairs of the content with <paramref name="fingerprint"/>.</summary>
    public static void Remember(ulong fingerprint, IReadOnlyList<LearnedNamePair> pairs) => Volatile.Write(ref _last, Tuple.Create(fingerprint, pairs));

    /// <summary>The pairs remembered for <paramref name="fingerprint"/>; null when none are.</summary>
    public static IReadOnlyList<LearnedNamePair>? Find(ulong fingerprint) =>
        Volatile.Read(ref _last) is { } last && last.Item1 == fingerprint ? last.Item2 : null;

    /// <summary>Forgets what is remembered (tests compare a count made afresh).</summary>
    internal static void Clear() => Volatile.Write(ref _last, null);
}
