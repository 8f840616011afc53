namespace Causa.Application.Queries;

/// <summary>A question worth asking first about a new store: a drug and one of its events, as the store names them.</summary>
/// <param name="Drug">The ingredient: the one given, else the one with the most suspect cases.</param>
/// <param name="Event">The event: the one given, else the drug's strongest signal (by IC025, at least 3 cases when there are any).</param>
public sealed record FirstQuestion(string Drug, string Event);
