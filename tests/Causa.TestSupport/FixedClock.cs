namespace Causa.TestSupport;

/// <summary>
/// A clock whose wall time is fixed at <paramref name="now"/>; timestamps (<see cref="TimeProvider.GetTimestamp"/>)
/// still advance, so measured durations and rates stay finite.
/// </summary>
/// <param name="now">The instant <see cref="GetUtcNow"/> always returns.</param>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
