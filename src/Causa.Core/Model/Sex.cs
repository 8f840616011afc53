namespace Causa.Core.Model;

/// <summary>Patient sex as reported (FAERS <c>sex</c>, legacy <c>gndr_cod</c>).</summary>
public enum Sex : byte
{
    /// <summary>Not reported, UNK or NS.</summary>
    Unknown = 0,

    /// <summary>F.</summary>
    Female = 1,

    /// <summary>M.</summary>
    Male = 2,
}
