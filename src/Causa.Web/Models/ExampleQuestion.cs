namespace Causa.Web.Models;

/// <summary>An example question on the home page.</summary>
/// <param name="Text">The question as a person would type it ("does remeron cause back pain?").</param>
public sealed record ExampleQuestion(string Text);
