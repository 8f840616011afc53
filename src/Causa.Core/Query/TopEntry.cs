namespace Causa.Core.Query;

/// <summary>One row of a "strongest associations" list.</summary>
/// <param name="Drug">Ingredient.</param>
/// <param name="Event">MedDRA term.</param>
/// <param name="A">Cases with both.</param>
/// <param name="Expected">Expected count under independence.</param>
/// <param name="Prr">PRR; null when undefined.</param>
/// <param name="PrrLower">Lower 95% limit of the PRR; null when undefined.</param>
/// <param name="Ror">ROR; null when undefined.</param>
/// <param name="RorLower">Lower 95% limit of the ROR; null when undefined.</param>
/// <param name="Ic">Information component.</param>
/// <param name="Ic025">Lower 95% limit of the IC (the sort key).</param>
/// <param name="Signals">Signal criteria met.</param>
public sealed record TopEntry(string Drug, string Event, long A, double Expected, double? Prr, double? PrrLower, double? Ror, double? RorLower, double Ic, double Ic025, IReadOnlyList<string> Signals)
{
    /// <summary>MGPS EBGM from a current saved scan; null without one.</summary>
    public double? Ebgm { get; init; }

    /// <summary>5th percentile of the MGPS posterior; null without a current saved scan.</summary>
    public double? Eb05 { get; init; }
}
