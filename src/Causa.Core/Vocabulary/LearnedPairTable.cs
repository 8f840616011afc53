using System.Collections;
using Causa.Core.Names;

namespace Causa.Core.Vocabulary;

/// <summary>
/// Learned name pairs together with what each teaches once cleaned (<see cref="LearnedPairKeys"/>): the form a store
/// hands to the vocabulary merge, so that pairs whose cleaning it kept are not cleaned again.
/// </summary>
/// <remarks>Reads as the plain list of pairs. An encoding not supplied is made on first need (<see cref="CleanMissing"/>)
/// and kept; two threads making the same one store equal strings, so concurrent readers are safe.</remarks>
public sealed class LearnedPairTable : IReadOnlyList<LearnedNamePair>
{
    private readonly IReadOnlyList<LearnedNamePair> _pairs;
    private readonly string?[] _keys;

    /// <summary>A table of <paramref name="pairs"/> with the encodings known so far.</summary>
    /// <param name="pairs">The pairs, in the order the table gives them.</param>
    /// <param name="keys">Per pair, its encoding (<see cref="LearnedPairKeys.Of(string, string)"/>) or null when not known;
    /// null for none known. Not copied: the table fills in its nulls.</param>
    public LearnedPairTable(IReadOnlyList<LearnedNamePair> pairs, string?[]? keys = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (keys is not null && keys.Length != pairs.Count)
        {
            throw new ArgumentException($"{keys.Length} encodings for {pairs.Count} pairs.", nameof(keys));
        }

        _pairs = pairs;
        _keys = keys ?? new string?[pairs.Count];
    }

    /// <inheritdoc />
    public int Count => _pairs.Count;

    /// <inheritdoc />
    public LearnedNamePair this[int index] => _pairs[index];

    /// <summary>The encoding of pair <paramref name="index"/>, made now when it was not known.</summary>
    public string KeysAt(int index)
    {
        if (_keys[index] is { } known)
        {
            return known;
        }

        var pair = _pairs[index];
        return _keys[index] = LearnedPairKeys.Of(pair.DrugName, pair.ProdAi);
    }

    /// <summary>The encoding of pair <paramref name="index"/> when known; null otherwise (nothing is made).</summary>
    public string? KnownKeysAt(int index) => _keys[index];

    /// <summary>Makes every encoding not known yet, each distinct <c>prod_ai</c>'s set key once (a store's pairs repeat
    /// few of them: 12,130 in 96,677 pairs on eight synthetic quarters), and returns how many were made.</summary>
    public int CleanMissing()
    {
        Dictionary<string, string>? setKeys = null;
        var made = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] is not null)
            {
                continue;
            }

            setKeys ??= new Dictionary<string, string>(StringComparer.Ordinal);
            var pair = _pairs[i];
            if (!setKeys.TryGetValue(pair.ProdAi, out var setKey))
            {
                setKey = LearnedPairKeys.SetKeyOf(pair.ProdAi);
                setKeys[pair.ProdAi] = setKey;
            }

            _keys[i] = LearnedPairKeys.Of(pair.DrugName, pair.ProdAi, setKey);
            made++;
        }

        return made;
    }

    /// <inheritdoc />
    public IEnumerator<LearnedNamePair> GetEnumerator() => _pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
