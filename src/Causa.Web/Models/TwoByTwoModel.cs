namespace Causa.Web.Models;

/// <summary>The 2×2 table of reports (docs/DOMAIN.md): drug and event, drug only, event only, neither.</summary>
/// <param name="DrugWithEvent">a: reports with the drug and the event.</param>
/// <param name="DrugWithoutEvent">b: reports with the drug, without the event.</param>
/// <param name="OtherWithEvent">c: reports without the drug, with the event.</param>
/// <param name="OtherWithoutEvent">d: reports with neither.</param>
public sealed record TwoByTwoModel(long DrugWithEvent, long DrugWithoutEvent, long OtherWithEvent, long OtherWithoutEvent);
