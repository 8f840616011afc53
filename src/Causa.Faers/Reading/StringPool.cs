using System.Collections.Concurrent;

namespace Causa.Faers.Reading;

/// <summary>
/// Interns decoded field text for one batch: the same text always yields the same string instance, so a quarter's
/// ~1.8M drug rows share a few hundred thousand name strings and its PTs a few tens of thousands.
/// </summary>
/// <remarks>
/// Thread-safe (tables are read in parallel); a lookup of known text allocates nothing. Bounded: adding a value
/// beyond the distinct-value limit throws <see cref="TableReadException"/>, so crafted input cannot grow it without end.
/// </remarks>
internal sealed class StringPool
{
    private const int StackLimit = 512;
    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxCount;
    private readonly long _maxChars;
    private int _count;
    private long _chars;

    /// <param name="maxCount">Most distinct values held (see <see cref="FaersReaderOptions.MaxDistinctStrings"/>).</param>
    /// <param name="maxChars">Most characters in all distinct values together (see <see cref="FaersReaderOptions.MaxDistinctTextLength"/>).</param>
    public StringPool(int maxCount = int.MaxValue, long maxChars = long.MaxValue)
    {
        _maxCount = maxCount;
        _maxChars = maxChars;
        _strings = new ConcurrentDictionary<string, string>(Environment.ProcessorCount, 1 << 16, StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Distinct strings held.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Decodes <paramref name="bytes"/> (see <see cref="TextDecoding"/>) and returns the pooled string; empty input gives <see cref="string.Empty"/>.</summary>
    public string Intern(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var buffer = bytes.Length <= StackLimit ? stackalloc char[bytes.Length] : new char[bytes.Length];
        var written = TextDecoding.Decode(bytes, buffer);
        var chars = buffer[..written];
        if (_lookup.TryGetValue(chars, out var existing))
        {
            return existing;
        }

        var created = new string(chars);
        if (!_strings.TryAdd(created, created))
        {
            return _strings[created];
        }

        if (Interlocked.Increment(ref _count) > _maxCount)
        {
            throw new TableReadException(FaersReadErrorKind.LimitExceeded, null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"more than {_maxCount:N0} distinct text values (drug names, terms...) in one quarter; a real quarter has a few hundred thousand"));
        }

        if (Interlocked.Add(ref _chars, created.Length) > _maxChars)
        {
            throw new TableReadException(FaersReadErrorKind.LimitExceeded, null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"more than {_maxChars:N0} characters of distinct text values (drug names, terms...) in one quarter; a real quarter has about 10 million"));
        }

        return created;
    }
}
