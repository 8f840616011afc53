namespace Causa.Core.Evidence;

/// <summary>A related question worth asking: <c>{drug, event, why}</c>.</summary>
/// <param name="Drug">Canonical ingredient of the related question.</param>
/// <param name="Event">Preferred term of the related question.</param>
/// <param name="Why">One plain sentence: why it is related, with its figures or verdicts.</param>
public sealed record SeeAlsoItem(string Drug, string Event, string Why);
