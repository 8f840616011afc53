using System.Collections;
using Causa.Core.Statistics;

namespace Causa.Application.Mgps;

/// <summary>
/// The pairs of a pair table held as four columns (var1, var2, N, E) rather than one object per pair: a table of a
/// million pairs is then a few arrays the garbage collector never walks, instead of a million objects it copies and
/// marks on every collection while the table is read.
/// </summary>
/// <remarks>Read as a list, each <see cref="PairCount"/> is made when asked for (equal by value to the one before).
/// Filled by <see cref="Add"/> while reading, then only read; reading is thread-safe, adding is not.</remarks>
internal sealed class PairColumns : IReadOnlyList<PairCount>
{
    private string[] _var1;
    private string[] _var2;
    private int[] _n;
    private double[] _e;

    /// <summary>An empty table with room for <paramref name="capacity"/> pairs.</summary>
    public PairColumns(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _var1 = new string[capacity];
        _var2 = new string[capacity];
        _n = new int[capacity];
        _e = new double[capacity];
    }

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <summary>The counts N, in table order.</summary>
    public ReadOnlySpan<int> N => _n.AsSpan(0, Count);

    /// <summary>The expected counts E, in table order.</summary>
    public ReadOnlySpan<double> E => _e.AsSpan(0, Count);

    /// <inheritdoc />
    public PairCount this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new PairCount(_var1[index], _var2[index], _n[index], _e[index]);
        }
    }

    /// <summary>The parts' pairs one after the other.</summary>
    public static PairColumns Concat(IReadOnlyList<PairColumns> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = new PairColumns(parts.Sum(static p => p.Count));
        foreach (var part in parts)
        {
            part._var1.AsSpan(0, part.Count).CopyTo(all._var1.AsSpan(all.Count));
            part._var2.AsSpan(0, part.Count).CopyTo(all._var2.AsSpan(all.Count));
            part.N.CopyTo(all._n.AsSpan(all.Count));
            part.E.CopyTo(all._e.AsSpan(all.Count));
            all.Count += part.Count;
        }

        return all;
    }

    /// <summary>Appends a pair.</summary>
    public void Add(string var1, string var2, int n, double e)
    {
        if (Count == _n.Length)
        {
            var capacity = Math.Max(16, Count * 2);
            Array.Resize(ref _var1, capacity);
            Array.Resize(ref _var2, capacity);
            Array.Resize(ref _n, capacity);
            Array.Resize(ref _e, capacity);
        }

        _var1[Count] = var1;
        _var2[Count] = var2;
        _n[Count] = n;
        _e[Count] = e;
        Count++;
    }

    /// <inheritdoc />
    public IEnumerator<PairCount> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
