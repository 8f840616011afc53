namespace Causa.Core.Model;

/// <summary>The role a reporter gave a drug in a report (FAERS <c>role_cod</c>).</summary>
public enum DrugRole : byte
{
    /// <summary>Missing or unrecognised role code.</summary>
    Unknown = 0,

    /// <summary>PS: primary suspect drug.</summary>
    PrimarySuspect = 1,

    /// <summary>SS: secondary suspect drug.</summary>
    SecondarySuspect = 2,

    /// <summary>C: concomitant drug.</summary>
    Concomitant = 3,

    /// <summary>I: interacting drug.</summary>
    Interacting = 4,
}
