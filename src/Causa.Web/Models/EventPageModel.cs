namespace Causa.Web.Models;

/// <summary>The event page (<c>/events/{name}</c>).</summary>
/// <param name="Name">The condition's display name.</param>
/// <param name="AlsoKnownAs">Lay words and translations it is known by.</param>
/// <param name="MostAssociated">Drugs most associated with it in reports, each a link to its answer page.</param>
/// <param name="UsedFor">Drugs used for it, with their help verdict word as the note.</param>
/// <param name="Caveats">What these lists cannot show.</param>
public sealed record EventPageModel(
    string Name,
    IReadOnlyList<string> AlsoKnownAs,
    IReadOnlyList<LinkModel> MostAssociated,
    IReadOnlyList<LinkModel> UsedFor,
    IReadOnlyList<string> Caveats);
