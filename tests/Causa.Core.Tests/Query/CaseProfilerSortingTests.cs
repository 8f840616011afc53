using Causa.Core.Query;

namespace Causa.Core.Tests.Query;

/// <summary>The profiler's own sorting of ingredient ids (it avoids the framework's generic sorts, compiled at run time in
/// a ReadyToRun process); its quantiles, years and countries are checked against references by the profile tests of real
/// and synthetic samples.</summary>
public sealed class CaseProfilerSortingTests
{
    [Theory]
    [InlineData(new[] { 5 }, new[] { 5 })]
    [InlineData(new[] { 9, 3, 9, 1, 3 }, new[] { 1, 3, 9 })]
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 2, 1, 0, -1 }, new[] { -1, 0, 1, 2 })]
    public void Ingredient_ids_come_out_ascending_and_distinct(int[] ids, int[] expected) =>
        Assert.Equal(expected, CaseProfiler.Sorted(ids));
}
