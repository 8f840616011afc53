namespace Causa.Core.Model;

/// <summary>
/// Which optional facts the layout of a case's source quarter can give at all. A fact whose flag is clear is absent from
/// that layout (legacy AERS has no <c>occr_country</c>, for example) and must be shown as unavailable, never as unknown
/// or guessed.
/// </summary>
[Flags]
public enum ReportFields : byte
{
    /// <summary>None of the optional facts.</summary>
    None = 0,

    /// <summary>The date FDA first received the case: FAERS <c>init_fda_dt</c>; in legacy AERS, <c>fda_dt</c> of an
    /// initial report (<c>i_f_cod</c> = I), unknown for a follow-up.</summary>
    InitialFdaDate = 1,

    /// <summary>The country where the event occurred (FAERS <c>occr_country</c>; legacy AERS has none).</summary>
    OccurrenceCountry = 2,

    /// <summary>Therapy dates (a THER table was read with the quarter).</summary>
    TherapyDates = 4,
}
