namespace Causa.Web.Models;

/// <summary>An HTML error page (never with technical details).</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Heading">A heading that says what happened ("This address is too long").</param>
/// <param name="Message">One or two plain sentences on what to do next.</param>
public sealed record ErrorPageModel(int Status, string Heading, string Message);
