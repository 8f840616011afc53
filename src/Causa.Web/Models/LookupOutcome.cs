namespace Causa.Web.Models;

/// <summary>The three outcomes of looking a page up by the names in its address.</summary>
public enum LookupOutcome
{
    /// <summary>The names were read and the page exists.</summary>
    Found = 0,

    /// <summary>A name was not recognised (HTTP 404 with did-you-mean links).</summary>
    NotFound = 1,

    /// <summary>A name has several readings (a page of choices).</summary>
    Ambiguous = 2,
}
