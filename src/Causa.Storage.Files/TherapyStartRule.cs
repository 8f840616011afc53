namespace Causa.Storage.Files;

/// <summary>
/// Which therapy start a drug keeps when THER gives it several (several therapy periods, or one drug listed twice with the
/// same role on a case): the earliest complete date, else the earliest partial one. A complete date wins over an earlier
/// partial one because only complete dates give a time to onset; the rule is symmetric, so the store stays independent of
/// row and quarter order.
/// </summary>
internal static class TherapyStartRule
{
    /// <summary>The start to keep of <paramref name="a"/> and <paramref name="b"/> (yyyymmdd, 0 = none).</summary>
    public static int Prefer(int a, int b)
    {
        if (a == 0)
        {
            return b;
        }

        if (b == 0)
        {
            return a;
        }

        var aComplete = a % 100 != 0 && a / 100 % 100 != 0;
        var bComplete = b % 100 != 0 && b / 100 % 100 != 0;
        return aComplete != bComplete ? (aComplete ? a : b) : Math.Min(a, b);
    }
}
