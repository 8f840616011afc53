using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Causa.Cli.Rendering;

/// <summary>
/// Writes a double as UTF-8 exactly as <c>value.ToString("R", CultureInfo.InvariantCulture)</c> does (the shortest
/// digits that read back as the same double, the closest of them to the value, plain or E notation by .NET's rule),
/// about three times faster: the digits come from Ulf Adams' Ryū algorithm (PLDI 2018) instead of Grisu3 and Dragon4.
/// </summary>
/// <remarks>
/// <para>The two algorithms agree on every double except where an end of its rounding interval or an exact tie has a
/// short decimal form, where they may settle ties or bounds differently. Ryū notices exactly those cases (a trailing
/// zero test on a bound or on the value, or a bound adjusted by one), and so do powers of two, subnormals, zero and
/// non-finite values: all of these are handed to .NET's own formatter. The output is therefore .NET's, byte for byte;
/// tests compare the two on millions of values.</para>
/// <para>Thread-safe: the only state is two tables built once.</para>
/// </remarks>
internal static class RoundTripDouble
{
    /// <summary>Bytes enough for any double: "-1.2345678901234567E-308" is 24.</summary>
    public const int MaxLength = 24;

    private const int MantissaBits = 52;
    private const int ExponentBias = 1023;
    private const int Pow5InverseBitCount = 125;
    private const int Pow5BitCount = 125;

    // 5^i / 2^(bits(5^i) − 125) and 2^(bits(5^q) − 1 + 125) / 5^q + 1 as 128-bit numbers (low and high halves) (Ryū's DOUBLE_POW5_SPLIT and
    // DOUBLE_POW5_INV_SPLIT), computed once instead of written out.
    private static readonly (ulong Low, ulong High)[] Pow5Split = BuildPow5Split(326);
    private static readonly (ulong Low, ulong High)[] Pow5InverseSplit = BuildPow5InverseSplit(342);

    private static readonly ulong[] PowersOf10 = BuildPowersOf10();

    private static ReadOnlySpan<byte> DigitPairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Writes <paramref name="value"/> into <paramref name="destination"/> (at least <see cref="MaxLength"/>
    /// bytes) and returns the bytes written.</summary>
    /// <remarks>Compiled optimised at its first call: it runs millions of times in a process of a second.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Format(double value, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, MaxLength, nameof(destination));
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var mantissa = bits & ((1UL << MantissaBits) - 1);
        var exponent = (int)((bits >> MantissaBits) & 0x7FF);
        if (exponent == 0 || exponent == 0x7FF || mantissa == 0 || !TryDigits(mantissa, exponent, out var digits, out var exponent10))
        {
            return Fallback(value, destination);
        }

        var at = 0;
        if ((long)bits < 0)
        {
            destination[at++] = (byte)'-';
        }

        return at + Layout(digits, exponent10, destination[at..]);
    }

    private static int Fallback(double value, Span<byte> destination)
    {
        value.TryFormat(destination, out var written, "R", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Ryū's shortest, closest digits of (2^52 + <paramref name="mantissa"/>) · 2^(exponent − 1075) for a
    /// normal double whose mantissa bits are not all zero; false for the cases left to .NET (see remarks).</summary>
    private static bool TryDigits(ulong mantissa, int exponent, out ulong digits, out int exponent10)
    {
        var e2 = exponent - ExponentBias - MantissaBits - 2;
        var m2 = (1UL << MantissaBits) | mantissa;
        var mv = 4 * m2;
        ulong vr, vp, vm;
        digits = 0;
        if (e2 >= 0)
        {
            var q = Log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            exponent10 = q;
            var k = Pow5InverseBitCount + Pow5Bits(q) - 1;
            var i = -e2 + q + k;
            var (low, high) = Pow5InverseSplit[q];
            vr = MulShift(mv, low, high, i);
            vp = MulShift(mv + 2, low, high, i);
            vm = MulShift(mv - 2, low, high, i);
            if (q <= 21 && (MultipleOfPowerOf5(mv, q) || MultipleOfPowerOf5(mv - 2, q) || MultipleOfPowerOf5(mv + 2, q)))
            {
                // The value or a bound has few decimal digits: a tie or a bound decides, so let .NET decide.
                return false;
            }
        }
        else
        {
            var q = Log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            exponent10 = q + e2;
            var i = -e2 - q;
            var k = Pow5Bits(i) - Pow5BitCount;
            var j = q - k;
            var (low, high) = Pow5Split[i];
            vr = MulShift(mv, low, high, j);
            vp = MulShift(mv + 2, low, high, j);
            vm = MulShift(mv - 2, low, high, j);
            if (q <= 1 || (q < 63 && (mv & ((1UL << q) - 1)) == 0))
            {
                return false;
            }
        }

        // Ryū's common case: no bound or value is exact at the digits removed, so rounding the value is all that is left.
        var removed = 0;
        var roundUp = false;
        if (vp / 100 > vm / 100)
        {
            roundUp = vr % 100 >= 50;
            vr /= 100;
            vp /= 100;
            vm /= 100;
            removed += 2;
        }

        while (vp / 10 > vm / 10)
        {
            roundUp = vr % 10 >= 5;
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }

        digits = vr + (vr == vm || roundUp ? 1UL : 0UL);
        exponent10 += removed;
        return true;
    }

    /// <summary>Lays <paramref name="digits"/> · 10^<paramref name="exponent10"/> out as .NET's "R" does: plain unless
    /// the decimal point would fall more than max(digit count, 15) places right of the first digit or more than three
    /// zeros left of it; else d.dddE+XX with at least two exponent digits.</summary>
    private static int Layout(ulong digits, int exponent10, Span<byte> destination)
    {
        // Ryū's digits are the shortest, so they end in a zero only if rounding up carried into it.
        while (digits % 10 == 0)
        {
            digits /= 10;
            exponent10++;
        }

        var count = CountDigits(digits);
        var scale = exponent10 + count;
        if (scale > Math.Max(count, 15) || scale < -3)
        {
            var at = 1;
            var rest = digits % PowersOf10[count - 1];
            destination[0] = (byte)('0' + (int)(digits / PowersOf10[count - 1]));
            if (count > 1)
            {
                destination[at++] = (byte)'.';
                WriteDigits(rest, destination.Slice(at, count - 1));
                at += count - 1;
            }

            destination[at++] = (byte)'E';
            var power = scale - 1;
            destination[at++] = power < 0 ? (byte)'-' : (byte)'+';
            power = Math.Abs(power);
            if (power >= 100)
            {
                destination[at++] = (byte)('0' + (power / 100));
            }

            destination[at++] = (byte)('0' + (power / 10 % 10));
            destination[at++] = (byte)('0' + (power % 10));
            return at;
        }

        if (scale <= 0)
        {
            destination[0] = (byte)'0';
            destination[1] = (byte)'.';
            destination.Slice(2, -scale).Fill((byte)'0');
            WriteDigits(digits, destination.Slice(2 - scale, count));
            return 2 - scale + count;
        }

        if (scale >= count)
        {
            WriteDigits(digits, destination[..count]);
            destination[count..scale].Fill((byte)'0');
            return scale;
        }

        var fraction = count - scale;
        WriteDigits(digits / PowersOf10[fraction], destination[..scale]);
        destination[scale] = (byte)'.';
        WriteDigits(digits % PowersOf10[fraction], destination.Slice(scale + 1, fraction));
        return count + 1;
    }

    /// <summary>Writes <paramref name="value"/> as exactly <c>destination.Length</c> decimal digits (leading zeros
    /// included), two at a time from the right.</summary>
    private static void WriteDigits(ulong value, Span<byte> destination)
    {
        var at = destination.Length;
        while (at >= 2)
        {
            var pair = (int)(value % 100) * 2;
            value /= 100;
            destination[--at] = DigitPairs[pair + 1];
            destination[--at] = DigitPairs[pair];
        }

        if (at == 1)
        {
            destination[0] = (byte)('0' + (int)(value % 10));
        }
    }

    /// <summary>Decimal digits of <paramref name="value"/> (≥ 1).</summary>
    private static int CountDigits(ulong value)
    {
        var count = 1;
        while (count < 20 && value >= PowersOf10[count])
        {
            count++;
        }

        return count;
    }

    /// <summary>(m · multiplier) >> shift, for m below 2^58 and 64 ≤ shift &lt; 128.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulShift(ulong m, ulong multiplierLow, ulong multiplierHigh, int shift)
    {
        // The 192-bit product's top 128 bits: (m · low) >> 64 plus m · high; then the rest of the shift.
        var carry = Math.BigMul(m, multiplierLow, out _);
        var high = Math.BigMul(m, multiplierHigh, out var low);
        low += carry;
        high += low < carry ? 1UL : 0UL;
        var rest = shift - 64;
        return rest == 0 ? low : (high << (64 - rest)) | (low >> rest);
    }

    private static bool MultipleOfPowerOf5(ulong value, int p)
    {
        var count = 0;
        while (value % 5 == 0 && value != 0)
        {
            value /= 5;
            count++;
        }

        return count >= p;
    }

    /// <summary>⌈log₂ 5^e⌉ for 0 ≤ e ≤ 3528 (1 for e = 0).</summary>
    private static int Pow5Bits(int e) => (int)(((uint)e * 1217359) >> 19) + 1;

    /// <summary>⌊log₁₀ 2^e⌋ for 0 ≤ e ≤ 1650.</summary>
    private static int Log10Pow2(int e) => (int)(((uint)e * 78913) >> 18);

    /// <summary>⌊log₁₀ 5^e⌋ for 0 ≤ e ≤ 2620.</summary>
    private static int Log10Pow5(int e) => (int)(((uint)e * 732923) >> 20);

    private static (ulong Low, ulong High) Split(BigInteger value) =>
        ((ulong)(value & ulong.MaxValue), (ulong)(value >> 64));

    private static ulong[] BuildPowersOf10()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    private static (ulong Low, ulong High)[] BuildPow5Split(int count)
    {
        var table = new (ulong, ulong)[count];
        var pow = BigInteger.One;
        for (var i = 0; i < count; i++, pow *= 5)
        {
            var shift = (int)pow.GetBitLength() - Pow5BitCount;
            table[i] = Split(shift >= 0 ? pow >> shift : pow << -shift);
        }

        return table;
    }

    private static (ulong Low, ulong High)[] BuildPow5InverseSplit(int count)
    {
        var table = new (ulong, ulong)[count];
        var pow = BigInteger.One;
        for (var i = 0; i < count; i++, pow *= 5)
        {
            var shift = (int)pow.GetBitLength() - 1 + Pow5InverseBitCount;
            table[i] = Split((BigInteger.One << shift) / pow + 1);
        }

        return table;
    }
}
