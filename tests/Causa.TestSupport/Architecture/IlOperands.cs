namespace Causa.TestSupport.Architecture;

/// <summary>Operand sizes of CIL instructions (ECMA-335 partition III), enough to walk a method body.</summary>
internal static class IlOperands
{
    /// <summary>A 4-byte metadata token (type, method, field, string or signature).</summary>
    public const int Token = -1;

    /// <summary>A count n followed by n 4-byte branch targets.</summary>
    public const int Switch = -2;

    /// <summary>
    /// The operand of opcode <paramref name="code"/>: a size in bytes, <see cref="Token"/> or <see cref="Switch"/>.
    /// Two-byte opcodes are given as 0xFE00 | second byte.
    /// </summary>
    public static int SizeOf(int code) => code switch
    {
        >= 0x0E and <= 0x13 => 1, // ldarg.s .. stloc.s
        0x1F => 1, // ldc.i4.s
        0x20 or 0x22 => 4, // ldc.i4, ldc.r4
        0x21 or 0x23 => 8, // ldc.i8, ldc.r8
        0x27 or 0x28 or 0x29 => Token, // jmp, call, calli
        >= 0x2B and <= 0x37 => 1, // short branches
        >= 0x38 and <= 0x44 => 4, // branches
        0x45 => Switch,
        >= 0x6F and <= 0x75 => Token, // callvirt, cpobj, ldobj, ldstr, newobj, castclass, isinst
        0x79 => Token, // unbox
        >= 0x7B and <= 0x81 => Token, // ldfld .. stobj
        0x8C or 0x8D or 0x8F => Token, // box, newarr, ldelema
        0xA3 or 0xA4 or 0xA5 => Token, // ldelem, stelem, unbox.any
        0xC2 or 0xC6 or 0xD0 => Token, // refanyval, mkrefany, ldtoken
        0xDD => 4, // leave
        0xDE => 1, // leave.s
        0xFE06 or 0xFE07 or 0xFE15 or 0xFE16 or 0xFE1C => Token, // ldftn, ldvirtftn, initobj, constrained., sizeof
        >= 0xFE09 and <= 0xFE0E => 2, // ldarg .. stloc
        0xFE12 or 0xFE19 => 1, // unaligned., no.
        _ => 0,
    };
}
