namespace Causa.Core.Statistics;

/// <summary>
/// A 2×2 table over unique cases for one drug–event pair.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="A"/> = cases with the drug and the event, <see cref="B"/> = the drug and not the event,
/// <see cref="C"/> = the event and not the drug, <see cref="D"/> = neither. All cells are counts of unique
/// cases (one version per case), never of report rows.
/// </para>
/// <para>Immutable and thread-safe. <c>default</c> is the empty table (all cells 0).</para>
/// </remarks>
public readonly record struct ContingencyTable
{
    /// <summary>Creates a table from its four cells.</summary>
    /// <param name="A">Cases with the drug and the event (≥ 0).</param>
    /// <param name="B">Cases with the drug and not the event (≥ 0).</param>
    /// <param name="C">Cases with the event and not the drug (≥ 0).</param>
    /// <param name="D">Cases with neither (≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A cell is negative.</exception>
    /// <exception cref="OverflowException">The total does not fit in a <see cref="long"/>.</exception>
    public ContingencyTable(long A, long B, long C, long D)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(A);
        ArgumentOutOfRangeException.ThrowIfNegative(B);
        ArgumentOutOfRangeException.ThrowIfNegative(C);
        ArgumentOutOfRangeException.ThrowIfNegative(D);
        _ = checked(A + B + C + D);
        this.A = A;
        this.B = B;
        this.C = C;
        this.D = D;
    }

    /// <summary>Cases with the drug and the event.</summary>
    public long A { get; }

    /// <summary>Cases with the drug and not the event.</summary>
    public long B { get; }

    /// <summary>Cases with the event and not the drug.</summary>
    public long C { get; }

    /// <summary>Cases with neither the drug nor the event.</summary>
    public long D { get; }

    /// <summary>Total number of cases, A + B + C + D.</summary>
    public long N => A + B + C + D;

    /// <summary>Cases with the drug, A + B.</summary>
    public long DrugTotal => A + B;

    /// <summary>Cases with the event, A + C.</summary>
    public long EventTotal => A + C;

    /// <summary>
    /// Expected count of cases with the drug and the event under independence, (A+B)(A+C)/N; 0 when N = 0.
    /// </summary>
    public double Expected => N == 0 ? 0.0 : (double)DrugTotal * EventTotal / N;

    /// <summary>Builds a table from the pair count and the margins.</summary>
    /// <param name="a">Cases with the drug and the event.</param>
    /// <param name="drugTotal">Cases with the drug (≥ <paramref name="a"/>).</param>
    /// <param name="eventTotal">Cases with the event (≥ <paramref name="a"/>).</param>
    /// <param name="total">All cases (≥ drugTotal + eventTotal − a).</param>
    /// <returns>The table with B = drugTotal − a, C = eventTotal − a, D = total − drugTotal − eventTotal + a.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The counts are negative or inconsistent (a derived cell would be negative).</exception>
    public static ContingencyTable FromMargins(long a, long drugTotal, long eventTotal, long total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfLessThan(drugTotal, a);
        ArgumentOutOfRangeException.ThrowIfLessThan(eventTotal, a);
        var d = total - drugTotal - eventTotal + a;
        if (d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, $"Total {total} is smaller than drug total {drugTotal} + event total {eventTotal} − pair count {a}.");
        }

        return new ContingencyTable(a, drugTotal - a, eventTotal - a, d);
    }

    /// <inheritdoc />
    public override string ToString() => $"a={A} b={B} c={C} d={D}";
}
