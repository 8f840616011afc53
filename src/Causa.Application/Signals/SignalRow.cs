namespace Causa.Application.Signals;

/// <summary>One (drug, event) pair of a signal scan, as <c>signals --format jsonl</c> writes it (one object a line).</summary>
/// <param name="Drug">Ingredient.</param>
/// <param name="Event">MedDRA preferred term.</param>
/// <param name="N">Cases reporting both.</param>
/// <param name="E">Expected count under independence (stratified).</param>
/// <param name="Prr">Proportional reporting ratio; null when undefined.</param>
/// <param name="PrrLower">Its 95% lower limit.</param>
/// <param name="PrrUpper">Its 95% upper limit.</param>
/// <param name="Ror">Reporting odds ratio; null when undefined.</param>
/// <param name="RorLower">Its 95% lower limit.</param>
/// <param name="RorUpper">Its 95% upper limit.</param>
/// <param name="Chi2Yates">Yates-corrected χ²; null when undefined.</param>
/// <param name="Ic">BCPNN information component.</param>
/// <param name="Ic025">Its 2.5% quantile.</param>
/// <param name="Ic975">Its 97.5% quantile.</param>
/// <param name="Ebgm">MGPS empirical Bayes geometric mean.</param>
/// <param name="Eb05">Its 5% quantile.</param>
/// <param name="Eb95">Its 95% quantile.</param>
/// <param name="Qn">Posterior weight of the first prior component.</param>
/// <param name="Signals">The screening criteria the pair meets.</param>
public sealed record SignalRow(
    string Drug,
    string Event,
    int N,
    double E,
    double? Prr,
    double? PrrLower,
    double? PrrUpper,
    double? Ror,
    double? RorLower,
    double? RorUpper,
    double? Chi2Yates,
    double Ic,
    double Ic025,
    double Ic975,
    double Ebgm,
    double Eb05,
    double Eb95,
    double Qn,
    IReadOnlyList<string> Signals);
