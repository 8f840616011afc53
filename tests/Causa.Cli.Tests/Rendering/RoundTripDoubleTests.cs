using System.Globalization;
using System.Text;
using Causa.Cli.Rendering;

namespace Causa.Cli.Tests.Rendering;

/// <summary>
/// <see cref="RoundTripDouble"/> must write exactly what .NET's own "R" formatting writes (Grisu3 and Dragon4, an
/// independent implementation): the mgps scores file is pinned byte for byte.
/// </summary>
public sealed class RoundTripDoubleTests
{
    public static TheoryData<double> Edges => new()
    {
        0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue,
        2.2250738585072014E-308, 2.2250738585072009E-308, 1.0, -1.0, 0.1, 0.2, 0.3,
        1.5, 100, 1e14, 1e15, 1e16, 1e21, 1e22, 1e23, 123456789012345.6, 1234567890123456.7, 12345678901234567,
        123456789012345678, 0.001, 0.0001, 0.00001, 0.00012345678901234567, 0.000012345678901234567, 9007199254740992,
        9007199254740994, 18014398509481985, 0.07790111116232558, 2.8045846065385014, 1.0099954044915644, 23.26, 0.5, 0.25, 2, 1024, 1e-7, 1e-300, 1e300,
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_values_are_written_as_dotnet_writes_them(double value)
    {
        Assert.Equal(Reference(value), Written(value));
        Assert.Equal(Reference(-value), Written(-value));
    }

    [Fact]
    public void Random_bit_patterns_are_written_as_dotnet_writes_them()
    {
        // Every exponent, sign and mantissa: a double drawn from uniform random bits (NaNs included).
        var random = new Random(20261130);
        AssertSameOver(Enumerable.Range(0, 300_000).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue))));
    }

    [Fact]
    public void Scores_of_every_magnitude_are_written_as_dotnet_writes_them()
    {
        // What mgps writes: probabilities, ratios and counts from 1e-30 to 1e30, plain and in E notation.
        var random = new Random(42);
        AssertSameOver(Enumerable.Range(0, 300_000).Select(_ => random.NextDouble() * Math.Pow(10, random.Next(-30, 31))));
    }

    [Fact]
    public void Short_decimals_integers_and_powers_of_two_are_written_as_dotnet_writes_them()
    {
        // Values whose digits, bounds or ties are short decimals: where shortest-digit algorithms may settle a tie or a
        // bound differently, so the formatter must leave them to .NET.
        var random = new Random(7);
        var values = new List<double>();
        for (var i = 0; i < 50_000; i++)
        {
            values.Add(i);
            values.Add(i / 1000.0);
            values.Add(i * 1e-7);
            values.Add((double)((1L << 53) + random.NextInt64(1L << 62)));
            values.Add(Math.ScaleB(1, random.Next(-1074, 1024)));
        }

        AssertSameOver(values);
    }

    private static void AssertSameOver(IEnumerable<double> values)
    {
        var buffer = new byte[RoundTripDouble.MaxLength];
        foreach (var value in values)
        {
            var written = RoundTripDouble.Format(value, buffer);
            var expected = Reference(value);
            if (!buffer.AsSpan(0, written).SequenceEqual(Encoding.ASCII.GetBytes(expected)))
            {
                Assert.Fail($"{BitConverter.DoubleToInt64Bits(value):X16}: .NET writes {expected}, RoundTripDouble wrote {Encoding.ASCII.GetString(buffer, 0, written)}");
            }
        }
    }

    private static string Reference(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Written(double value)
    {
        var buffer = new byte[RoundTripDouble.MaxLength];
        return Encoding.UTF8.GetString(buffer, 0, RoundTripDouble.Format(value, buffer));
    }
}
