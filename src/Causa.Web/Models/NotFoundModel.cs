namespace Causa.Web.Models;

/// <summary>The 404 page: what was not recognised and the nearest names Causa knows.</summary>
/// <param name="Typed">The text that was not recognised, as typed.</param>
/// <param name="Message">One plain sentence saying what was not found.</param>
/// <param name="DidYouMean">Links to the nearest known pages, best first; may be empty.</param>
public sealed record NotFoundModel(string Typed, string Message, IReadOnlyList<LinkModel> DidYouMean);
