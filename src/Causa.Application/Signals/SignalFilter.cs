namespace Causa.Application.Signals;

/// <summary>Which pairs of a scan to export.</summary>
/// <param name="MinCount">Only pairs with at least this many cases (1 for all).</param>
/// <param name="Eb05">Only pairs with EB05 at least this; null for no bound.</param>
/// <param name="Drug">Only this drug's pairs (as the user typed it, resolved like <c>ask</c>); null for all.</param>
/// <param name="Event">Only this event's pairs (as typed); null for all.</param>
public sealed record SignalFilter(int MinCount = 1, double? Eb05 = null, string? Drug = null, string? Event = null);
