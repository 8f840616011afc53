namespace Causa.Web.Models;

/// <summary>The article checker's page: the form (with what was pasted), and either an error or the result.</summary>
/// <param name="Text">The article as pasted (data: always HTML-encoded when rendered); empty for a new form.</param>
/// <param name="Format">The format chosen in the form: <c>auto</c>, <c>text</c>, <c>markdown</c> or <c>html</c>.</param>
/// <param name="Error">Why the article could not be checked, in plain words; null when there is no error.</param>
/// <param name="Result">The check; null for a new form or an error.</param>
public sealed record CheckPageModel(string Text, string Format, string? Error, CheckResultModel? Result)
{
    /// <summary>An empty form.</summary>
    public static CheckPageModel Empty { get; } = new("", "auto", null, null);
}
