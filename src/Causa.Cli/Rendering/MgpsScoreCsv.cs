using System.Buffers;
using System.Globalization;
using System.Text;
using Causa.Core.Statistics;

namespace Causa.Cli.Rendering;

/// <summary>
/// The scores table of <c>causa mgps</c> as UTF-8 CSV: <c>var1,var2,N,E,EBGM,EB05,EB95,Qn</c>, numbers in their shortest
/// round-trip form ("R", invariant culture), names quoted as RFC 4180 asks, each line ended by a line feed.
/// </summary>
/// <remarks>Six shortest round-trip numbers a row cost more than reading and scoring it: rows are formatted straight
/// into UTF-8 bytes (no strings, no transcoding; doubles by <see cref="RoundTripDouble"/>, the text .NET writes at half
/// the cost) in chunks on every core, a few chunks ahead of the one being written, and written in order, so the text is
/// the same whatever the number of cores.</remarks>
internal static class MgpsScoreCsv
{
    /// <summary>The header line.</summary>
    public static ReadOnlySpan<byte> Header => "var1,var2,N,E,EBGM,EB05,EB95,Qn\n"u8;

    /// <summary>Rows formatted as one piece of work.</summary>
    private const int RowsPerChunk = 16_384;

    /// <summary>Bytes the numbers of one row can take: an int (11), five doubles in "R" form (at most
    /// <see cref="RoundTripDouble.MaxLength"/> each) and the separators.</summary>
    private const int NumbersPerRow = 11 + (5 * RoundTripDouble.MaxLength) + 8;

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\n\r");

    /// <summary>Writes the header and every row to <paramref name="write"/>, a chunk of bytes at a time, in row order.</summary>
    /// <param name="pairs">The pairs, in output order.</param>
    /// <param name="scores">Their scores, same order and count.</param>
    /// <param name="write">Receives each chunk (a buffer and its length); the buffer is reused after the call returns.</param>
    public static void Write(IReadOnlyList<PairCount> pairs, IReadOnlyList<MgpsScore> scores, Action<byte[], int> write)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(write);
        var header = Header.ToArray();
        write(header, header.Length);
        var chunks = (pairs.Count + RowsPerChunk - 1) / RowsPerChunk;
        var ahead = Math.Max(2, Environment.ProcessorCount * 2);
        var pending = new Queue<Task<(byte[] Buffer, int Length)>>();
        var next = 0;
        for (var written = 0; written < chunks; written++)
        {
            while (next < chunks && pending.Count < ahead)
            {
                var first = next * RowsPerChunk;
                var last = Math.Min(pairs.Count, first + RowsPerChunk);
                pending.Enqueue(Task.Run(() => FormatRows(pairs, scores, first, last)));
                next++;
            }

            // A buffer not returned (when writing fails) is only collected, not reused.
            var (buffer, length) = pending.Dequeue().GetAwaiter().GetResult();
            write(buffer, length);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Rows <paramref name="first"/> to <paramref name="last"/> (exclusive) as CSV lines in a rented buffer.</summary>
    private static (byte[] Buffer, int Length) FormatRows(IReadOnlyList<PairCount> pairs, IReadOnlyList<MgpsScore> scores, int first, int last)
    {
        var c = CultureInfo.InvariantCulture;
        var buffer = ArrayPool<byte>.Shared.Rent((last - first) * 128);
        var length = 0;
        for (var i = first; i < last; i++)
        {
            var (pair, score) = (pairs[i], scores[i]);
            var most = NumbersPerRow + MaxNameBytes(pair.Var1) + MaxNameBytes(pair.Var2);
            if (buffer.Length - length < most)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + most));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var row = buffer.AsSpan(length);
            var at = AppendName(row, pair.Var1);
            row[at++] = (byte)',';
            at += AppendName(row[at..], pair.Var2);
            row[at++] = (byte)',';
            at += Number(pair.N, row[at..], c);
            at += Number(pair.E, row[at..]);
            at += Number(score.Ebgm, row[at..]);
            at += Number(score.Eb05, row[at..]);
            at += Number(score.Eb95, row[at..]);
            at += Number(score.Qn, row[at..]);
            row[at - 1] = (byte)'\n';
            length += at;
        }

        return (buffer, length);
    }

    /// <summary>Bytes <paramref name="name"/> can take written: each char at most 3 UTF-8 bytes, doubled when quoted.</summary>
    private static int MaxNameBytes(string name) => (6 * name.Length) + 2;

    /// <summary>Writes <paramref name="value"/> as a CSV field, quoted when it holds a comma, quote or line break.</summary>
    private static int AppendName(Span<byte> destination, string value)
    {
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            return Encoding.UTF8.GetBytes(value, destination);
        }

        destination[0] = (byte)'"';
        var length = 1 + Encoding.UTF8.GetBytes(value.Replace("\"", "\"\"", StringComparison.Ordinal), destination[1..]);
        destination[length] = (byte)'"';
        return length + 1;
    }

    /// <summary>Writes <paramref name="value"/> and a comma; the caller turns the last comma of a row into a line feed.</summary>
    private static int Number(int value, Span<byte> destination, CultureInfo culture)
    {
        // An int takes at most 11 bytes, and NumbersPerRow keeps room for them.
        value.TryFormat(destination, out var written, default, culture);
        destination[written] = (byte)',';
        return written + 1;
    }

    /// <summary>Writes <paramref name="value"/> in "R" form (shortest round trip, invariant culture) and a comma.</summary>
    private static int Number(double value, Span<byte> destination)
    {
        // A double takes at most 24 bytes in "R" form, and NumbersPerRow keeps room for five of them.
        var written = RoundTripDouble.Format(value, destination);
        destination[written] = (byte)',';
        return written + 1;
    }
}
