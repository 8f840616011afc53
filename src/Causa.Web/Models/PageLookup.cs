using System.Diagnostics.CodeAnalysis;

namespace Causa.Web.Models;

/// <summary>
/// What a page source found for a name or a pair of names: the page, a "not found" with did-you-mean links, or
/// a choice between several readings. Expected outcomes are values, never exceptions.
/// </summary>
/// <typeparam name="T">The page's view model.</typeparam>
public sealed class PageLookup<T>
    where T : class
{
    private PageLookup(LookupOutcome outcome, T? page, NotFoundModel? notFound, ChoicesModel? choices)
    {
        Outcome = outcome;
        Page = page;
        NotFound = notFound;
        Choices = choices;
    }

    /// <summary>Which of the three outcomes this is.</summary>
    public LookupOutcome Outcome { get; }

    /// <summary>The page; set only when <see cref="Outcome"/> is <see cref="LookupOutcome.Found"/>.</summary>
    public T? Page { get; }

    /// <summary>The 404 page; set only when <see cref="Outcome"/> is <see cref="LookupOutcome.NotFound"/>.</summary>
    public NotFoundModel? NotFound { get; }

    /// <summary>The choices page; set only when <see cref="Outcome"/> is <see cref="LookupOutcome.Ambiguous"/>.</summary>
    public ChoicesModel? Choices { get; }

    /// <summary>The page was found.</summary>
    public static PageLookup<T> Found(T page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(LookupOutcome.Found, page, null, null);
    }

    /// <summary>A name was not recognised; <paramref name="notFound"/> carries the did-you-mean links.</summary>
    public static PageLookup<T> Missing(NotFoundModel notFound)
    {
        ArgumentNullException.ThrowIfNull(notFound);
        return new(LookupOutcome.NotFound, null, notFound, null);
    }

    /// <summary>A name has several readings; <paramref name="choices"/> lists them.</summary>
    public static PageLookup<T> Ambiguous(ChoicesModel choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new(LookupOutcome.Ambiguous, null, null, choices);
    }

    /// <summary>The page, when found.</summary>
    public bool TryGetPage([NotNullWhen(true)] out T? page)
    {
        page = Page;
        return page is not null;
    }
}
