namespace Causa.Faers.Synthetic;

/// <summary>
/// SplitMix64: a tiny, fast generator whose output depends only on its seed, on every platform and .NET version
/// (unlike <see cref="Random"/>), so a synthetic quarter is reproducible byte for byte from its seed.
/// </summary>
internal struct SplitMixRandom
{
    private ulong _state;

    public SplitMixRandom(ulong seed) => _state = seed;

    /// <summary>A generator for item <paramref name="index"/> of stream <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    public static SplitMixRandom For(int seed, int stream, long index)
    {
        var mixer = new SplitMixRandom(((ulong)(uint)seed << 32) ^ (ulong)(uint)stream);
        var start = mixer.NextUInt64() ^ (ulong)index * 0xD1B54A32D192ED03UL;
        return new SplitMixRandom(start);
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="count"/>); <paramref name="count"/> ≥ 1.</summary>
    public int Next(int count) => (int)((NextUInt64() >> 33) * (ulong)count >> 31);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;
}
