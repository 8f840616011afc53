namespace Causa.Core.Verdicts;

/// <summary>"Can the drug cause the condition?" on Causa's fixed scale (docs/EVIDENCE.md), weakest data first.</summary>
public enum CauseVerdict
{
    /// <summary><c>insufficient-data</c>: no loaded source says anything usable about the drug and the condition.</summary>
    InsufficientData = 0,

    /// <summary><c>none-found</c>: sources that know the drug neither list the condition on the label nor show a signal.</summary>
    NoneFound = 1,

    /// <summary><c>weak</c>: on the label at a rate close to placebo, or only a weak signal, and no strong signal.</summary>
    Weak = 2,

    /// <summary><c>possible</c>: on the label (without a clear excess over placebo), or a strong signal in one source.</summary>
    Possible = 3,

    /// <summary><c>established</c>: label frequency clearly above placebo, or on the label with a strong signal, or strong signals in two sources, none disagreeing.</summary>
    Established = 4,
}
