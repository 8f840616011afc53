namespace Causa.Faers.Tests.Download;

/// <summary>A clock whose wall time is fixed (timestamps still advance, so rates stay finite).</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
