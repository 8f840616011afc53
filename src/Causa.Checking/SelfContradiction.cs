namespace Causa.Checking;

/// <summary>An article saying two incompatible things about one drug and condition.</summary>
/// <param name="Drug">The drug or class.</param>
/// <param name="Condition">The preferred term.</param>
/// <param name="Kind"><c>cause-and-treat</c> (claimed to cause and to treat it) or <c>asserted-and-negated</c> (the same relation stated and denied).</param>
public sealed record SelfContradiction(string Drug, string Condition, string Kind);
