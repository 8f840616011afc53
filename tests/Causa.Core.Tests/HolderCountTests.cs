namespace Causa.Core.Tests;

public sealed class HolderCountTests
{
    [Fact]
    public void Only_the_last_release_says_so_and_a_count_at_zero_takes_no_new_holder()
    {
        var holders = new HolderCount();
        Assert.True(holders.TryAdd());

        Assert.False(holders.Release());
        Assert.False(holders.IsZero);
        Assert.True(holders.Release());
        Assert.True(holders.IsZero);
        Assert.False(holders.TryAdd());
        Assert.True(holders.IsZero);
    }

    [Fact]
    public void Concurrent_holders_are_all_counted()
    {
        var holders = new HolderCount();
        Parallel.For(0, 10_000, _ => Assert.True(holders.TryAdd()));
        var last = 0;
        Parallel.For(0, 10_000, _ =>
        {
            if (holders.Release())
            {
                Interlocked.Increment(ref last);
            }
        });

        Assert.Equal(0, last);
        Assert.True(holders.Release());
    }
}
