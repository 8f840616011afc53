namespace Causa.Core.Tests.Query;

internal static class SortedIntersectionProbe
{
    public static int Count(int[] a, int[] b) => Causa.Core.Query.SortedIntersection.Count(a, b);
}
