namespace Causa.Core;

/// <summary>
/// How many holders share something that is released by its last one: it starts at one (the owner's own hold) and, once
/// it has fallen to zero, never rises again, so a late holder cannot revive what has been released.
/// </summary>
/// <remarks>Thread-safe and lock-free.</remarks>
public sealed class HolderCount
{
    private int _count = 1;

    /// <summary>True once the last holder has let go.</summary>
    public bool IsZero => Volatile.Read(ref _count) == 0;

    /// <summary>Adds a holder; false when the count has already reached zero (the caller must not use the thing).</summary>
    public bool TryAdd()
    {
        while (true)
        {
            var count = Volatile.Read(ref _count);
            if (count == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _count, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    /// <summary>Drops a holder.</summary>
    /// <returns>True for the last holder: the caller releases the shared thing.</returns>
    public bool Release() => Interlocked.Decrement(ref _count) == 0;
}
